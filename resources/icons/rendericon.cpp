// Renders the application icon's SVG into the PNG sizes of the hicolor
// icon theme at build time: rendericon ICON.svg OUTDIR SIZE…
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: rendericon ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "rendericon: " << arguments.at(1) << " is not a valid SVG file\n";
        return 1;
    }
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        const int size = arguments.at(i).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString path = QStringLiteral("%1/%2.png").arg(arguments.at(2)).arg(size);
        if (!image.save(path)) {
            err << "rendericon: cannot write " << path << "\n";
            return 1;
        }
    }
    return 0;
}
