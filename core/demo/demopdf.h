#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The demo's attachments as small PDF files written by hand, so that demo
// data needs no fonts or paint device: one A4 page with a heading and lines
// of text in Helvetica (WinAnsi; characters beyond Latin-1 become '?', dashes
// '-'), which any viewer opens.
namespace DemoPdf {

QByteArray page(const QString &heading, const QStringList &lines);

} // namespace DemoPdf
