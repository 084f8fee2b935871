#include "details/BuildLogWidget.h"

#include "scan/RootLayout.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// pip's output for a big requirements file is a few hundred KiB; the end is what says why a build failed.
constexpr qint64 maxShownBytes = 2 * 1024 * 1024;

} // namespace

BuildLogWidget::BuildLogWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_logs = new QComboBox(this);
    m_logs->setObjectName(u"buildLogChoice"_s);
    m_logs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"buildLogHint"_s);
    m_hint->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"openBuildLog"_s);
    bar->addWidget(m_logs);
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_open);
    layout->addLayout(bar);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"buildLogText"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);

    connect(m_logs, &QComboBox::currentIndexChanged, this, &BuildLogWidget::showLog);
    connect(m_open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_logs->currentData().toString()));
    });
    retranslate();
    clear();
}

void BuildLogWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setEnvironment(m_root, m_name); // the hint is composed there
    }
    QWidget::changeEvent(event);
}

void BuildLogWidget::retranslate()
{
    m_logs->setAccessibleName(tr("Build log"));
    m_open->setText(tr("Open in Editor"));
    m_text->setAccessibleName(tr("Build log text"));
}

void BuildLogWidget::setEnvironment(const QString &root, const QString &name)
{
    m_root = root;
    m_name = name;
    const QSignalBlocker blocker(m_logs);
    m_logs->clear();
    for (const QString &path : rootlayout::buildLogsOf(root, name)) {
        const QFileInfo info(path);
        m_logs->addItem(QLocale().toString(info.lastModified(), QLocale::ShortFormat), path);
    }
    if (m_logs->count() == 0) {
        m_logs->hide();
        m_open->hide();
        m_hint->setText(tr("VenvDeck has not built this environment here, so there is no build log. The execution "
                           "server keeps its own logs; environments built or refreshed with VenvDeck show theirs "
                           "here."));
        m_text->clear();
        m_text->hide();
        return;
    }
    m_logs->show();
    m_open->show();
    m_text->show();
    m_logs->setCurrentIndex(0);
    showLog(0);
}

void BuildLogWidget::clear()
{
    setEnvironment(QString(), QString());
}

void BuildLogWidget::showLog(int index)
{
    const QString path = m_logs->itemData(index).toString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_hint->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_text->clear();
        return;
    }
    const qint64 size = file.size();
    if (size > maxShownBytes)
        file.seek(size - maxShownBytes);
    m_hint->setText(size > maxShownBytes ? tr("%1 (the last %2 of %3)")
                                               .arg(QDir::toNativeSeparators(path),
                                                    QLocale().formattedDataSize(maxShownBytes),
                                                    QLocale().formattedDataSize(size))
                                         : QDir::toNativeSeparators(path));
    m_text->setPlainText(QString::fromUtf8(file.readAll()));
    m_text->moveCursor(QTextCursor::End); // where pip says how it ended
}

} // namespace venvdeck
