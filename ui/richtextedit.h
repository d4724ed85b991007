#pragma once

#include <QTextEdit>

class QTextDocument;

// A text editor for one section of an agenda item, limited to the store's
// rich text (RichText): paragraphs, subheadings, bulleted and numbered
// lists, bold, italic, line breaks, tables as they come, and passages marked
// as personal data (shaded, and underlined with dots so that the mark does
// not rest on colour alone). What it hands out is that subset and nothing
// else; pasted text passes through the same sanitiser as the store's.
//
// It keeps no undo history of its own unless given one
// (setUndoRedoEnabled): each change is announced with `edited`, and the
// item editor keeps the item's history, taking the undo and redo keys.
class RichTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit RichTextEdit(QWidget *parent = nullptr);

    // Shows the store's rich text; no `edited` follows.
    void setStoreHtml(const QString &html);
    // The text in the store's subset.
    QString storeHtml() const;

    void toggleBold();
    void toggleItalic();
    void toggleSubheading();
    void toggleList(bool numbered);
    // Marks the selection as personal data, or unmarks it when it is all
    // marked already.
    void togglePersonalData();

    bool isBold() const;
    bool isItalic() const;
    bool isSubheading() const;
    bool isInList(bool numbered) const;
    bool isPersonalData() const;

    // The store's subset of any text document.
    static QString toStoreHtml(const QTextDocument &document);
    // The store's rich text as this editor shows it.
    static QString toEditorHtml(const QString &storeHtml);
    // Underlines the shaded personal data of a document made from
    // toEditorHtml with dots, so that the mark does not rest on colour alone.
    static void underlinePersonalData(QTextDocument *document);

    // Pasting and copying, through the store's subset (public for tests).
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;

signals:
    void edited(const QString &storeHtml);
    void formatChanged();


private:
    void announce();
    void mergeFormat(const QTextCharFormat &format);

    QString m_last;        // the text as last set or announced
    bool m_setting = false;
};
