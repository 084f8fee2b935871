#pragma once
#include <QMainWindow>
namespace venvdeck {
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
} // namespace venvdeck
