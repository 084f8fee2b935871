// placeholder: being written
#include "mainwindow/MainWindow.h"
#include "ui_mainwindow.h"
namespace venvdeck {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
} // namespace venvdeck
