#pragma once

#include "vtkview/vtkview_export.h"

#include <QOpenGLWidget>
#include <QPoint>

#include <vtkSmartPointer.h>

class vtkCallbackCommand;
class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkObject;
class vtkRenderer;

// A VTK 9.1 render window in a Qt 6 widget (VTK's own Qt module is built against Qt 5): a
// vtkGenericOpenGLRenderWindow drawing into the QOpenGLWidget's framebuffer (BlitToCurrent),
// rendering only inside paintGL, multisampling off (llvmpipe would pay for it on every frame).
// Mouse: left drag rotates, right drag or wheel zooms, middle drag pans (VTK's trackball camera).
// Keys: arrows rotate, + and − zoom, R resets. Sizes follow the device pixel ratio.
class CITYDECK_VTKVIEW_EXPORT VtkView : public QOpenGLWidget
{
    Q_OBJECT
public:
    explicit VtkView(QWidget *parent = nullptr);
    ~VtkView() override;

    vtkRenderer *renderer() const;
    vtkGenericOpenGLRenderWindow *renderWindow() const;
    // The widget position in VTK's display coordinates (physical pixels, y up).
    QPoint toDisplay(QPoint widgetPos) const;
    // Where a world point is drawn, in widget coordinates (logical pixels, y down).
    QPoint toWidget(double x, double y, double z) const;
    // Waits for each frame to finish on the GPU before timing it (benchmarks only: it stalls).
    void setTimingFrames(bool on) { m_timing = on; }
    double lastFrameMs() const { return m_lastFrameMs; }

signals:
    // A left click that did not drag, in widget coordinates.
    void clicked(QPoint pos);

protected:
    void initializeGL() override;
    void paintGL() override;
    void resizeGL(int w, int h) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static void onVtkEvent(vtkObject *caller, unsigned long event, void *clientData, void *callData);
    void setEventPosition(QPointF pos, Qt::KeyboardModifiers modifiers);
    void initializeVtk();
    void releaseVtk();

    vtkSmartPointer<vtkGenericOpenGLRenderWindow> m_window;
    vtkSmartPointer<vtkRenderer> m_renderer;
    vtkSmartPointer<vtkGenericRenderWindowInteractor> m_interactor;
    vtkSmartPointer<vtkCallbackCommand> m_callback;
    QPoint m_pressPos;
    bool m_dragged = false;
    bool m_timing = false;
    bool m_vtkInitialized = false;
    double m_lastFrameMs = 0;
};
