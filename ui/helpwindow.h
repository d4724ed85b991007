#pragma once

#include <QLocale>
#include <QMainWindow>

class QTextBrowser;

// The user's guide in a window of its own. The guides (docs/user-guide.md
// and its translations, with their pictures) are compiled into the program
// as resources under :/help, so that the same guide is shown from the build
// tree and from an installed package, with no file to find. The guide is
// the one in the language of the user interface; a language without one
// (Swedish, for now) gets the English guide.
class HelpWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows the guide in the language of the user interface, from its start
    // when it is another than the one shown.
    void showGuide();
    // The guide's address for a language: qrc:/help/user-guide.LANG.md when
    // there is one, else the English guide's.
    static QUrl guideFor(QLocale::Language language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
