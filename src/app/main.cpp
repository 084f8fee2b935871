// placeholder: being written
#include "mainwindow/MainWindow.h"
#include <QApplication>
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    venvdeck::MainWindow window;
    window.show();
    return app.exec();
}
