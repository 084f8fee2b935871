#pragma once

#include <QDialog>

class QLabel;

namespace venvdeck {

// Help → About VenvDeck: the version, the Qt it was built with and runs on, the licence, and the root and the
// settings file in use.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &root, const QString &settingsFile, QWidget *parent = nullptr);

    QString text() const; // what it says, as plain text (for tests)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_root;
    QString m_settingsFile;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
};

} // namespace venvdeck
