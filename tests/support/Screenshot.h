#pragma once

#include <QImage>
#include <QString>

class QWidget;

// Screenshots the GUI tests save under <build>/screenshots for a person to look at, and a
// cheap check that a render is not empty.
class Screenshot
{
public:
    // Saves image as <build>/screenshots/<name>.png.
    static void save(const QImage &image, const QString &name);
    // Grabs the widget, saves it and returns it.
    static QImage grab(QWidget *widget, const QString &name);
    // Distinct colours in the image: an empty or broken render has very few.
    static int distinctColours(const QImage &image);
};
