#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace venvdeck {

// The Log tab: the log of an environment's builds (every line pip printed), newest first, from the root's
// `.venvdeck/logs`. Says so plainly when VenvDeck never built the environment.
class BuildLogWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit BuildLogWidget(QWidget *parent = nullptr);

    void setEnvironment(const QString &root, const QString &name);
    void clear();
    QPlainTextEdit *text() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLog(int index);

    QString m_root;
    QString m_name;
    QComboBox *m_logs = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_open = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace venvdeck
