#include "about/AboutDialog.h"

#include "common/Icons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace venvdeck {

AboutDialog::AboutDialog(const QString &root, const QString &settingsFile, QWidget *parent)
    : QDialog(parent)
    , m_root(root)
    , m_settingsFile(settingsFile)
{
    setObjectName(u"aboutDialog"_s);
    auto *layout = new QGridLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(icons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(u"aboutTitle"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_body = new QLabel(this);
    m_body->setObjectName(u"aboutText"_s);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setOpenExternalLinks(true);
    m_body->setMinimumWidth(460);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(icon, 0, 0, 2, 1);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_body, 1, 1);
    layout->addWidget(buttons, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setHorizontalSpacing(18);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About VenvDeck"));
    m_title->setText(tr("VenvDeck %1").arg(QCoreApplication::applicationVersion()));
    const QString root = m_root.isEmpty() ? tr("none yet") : QDir::toNativeSeparators(m_root).toHtmlEscaped();
    m_body->setText(
        u"<p>"_s +
        tr("Browse, inspect, build and clean up the Python virtual environments a CloudShell execution server keeps.")
            .toHtmlEscaped() +
        u"</p><p>"_s +
        tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) +
        u"<br>"_s + tr("Licence: MIT License. Copyright © 2026 The VenvDeck developers.").toHtmlEscaped() +
        u"</p><p>"_s + tr("Root in use: %1").arg(root) + u"<br>"_s +
        tr("Settings: %1").arg(QDir::toNativeSeparators(m_settingsFile).toHtmlEscaped()) + u"</p><p>"_s +
        u"<a href=\"https://github.com/venvdeck/venvdeck\">https://github.com/venvdeck/venvdeck</a></p>"_s);
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_body->text());
    return m_title->text() + u'\n' + document.toPlainText();
}

} // namespace venvdeck
