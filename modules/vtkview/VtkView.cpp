#include "vtkview/VtkView.h"

#include "vtkview/VtkViewLog.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLFunctions>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

VtkView::VtkView(QWidget *parent)
    : QOpenGLWidget(parent)
    , m_window(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New())
    , m_renderer(vtkSmartPointer<vtkRenderer>::New())
    , m_interactor(vtkSmartPointer<vtkGenericRenderWindowInteractor>::New())
    , m_callback(vtkSmartPointer<vtkCallbackCommand>::New())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    // No multisampling: software GL pays for every sample on every frame.
    // VTK 9's OpenGL2 backend needs a 3.2 core context; Qt's default is 2.x compatibility.
    QSurfaceFormat f = format();
    f.setRenderableType(QSurfaceFormat::OpenGL);
    f.setVersion(3, 2);
    f.setProfile(QSurfaceFormat::CoreProfile);
    f.setSamples(0);
    f.setDepthBufferSize(24);
    f.setStencilBufferSize(0);
    setFormat(f);

    m_window->AddRenderer(m_renderer);
    m_window->SetMultiSamples(0);
    m_window->SetReadyForRendering(false);
    m_window->SetInteractor(m_interactor);
    m_interactor->SetRenderWindow(m_window);
    m_interactor->SetInteractorStyle(vtkSmartPointer<vtkInteractorStyleTrackballCamera>::New());
    // The interactor asks for frames; Qt decides when to paint them.
    m_interactor->EnableRenderOff();

    m_callback->SetClientData(this);
    m_callback->SetCallback(&VtkView::onVtkEvent);
    m_window->AddObserver(vtkCommand::WindowMakeCurrentEvent, m_callback);
    m_window->AddObserver(vtkCommand::WindowIsCurrentEvent, m_callback);
    m_interactor->AddObserver(vtkCommand::RenderEvent, m_callback);
}

VtkView::~VtkView()
{
    // VTK releases its GL resources with our context current, or not at all.
    releaseVtk();
    m_window->RemoveObserver(m_callback);
    m_interactor->RemoveObserver(m_callback);
}

vtkRenderer *VtkView::renderer() const
{
    return m_renderer;
}

vtkGenericOpenGLRenderWindow *VtkView::renderWindow() const
{
    return m_window;
}

void VtkView::onVtkEvent(vtkObject *, unsigned long event, void *clientData, void *callData)
{
    auto *self = static_cast<VtkView *>(clientData);
    switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
        // QOpenGLWidget::makeCurrent() also binds the widget's framebuffer: called in the middle
        // of VTK's render it would pull Qt's framebuffer under VTK's feet (VTK then attaches its
        // textures to it). Only switch contexts when another one is current.
        if (QOpenGLContext::currentContext() != self->context())
            self->makeCurrent();
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool *>(callData) = QOpenGLContext::currentContext() == self->context() && self->context();
        break;
    case vtkCommand::RenderEvent:
        self->update();
        break;
    default:
        break;
    }
}

void VtkView::initializeGL()
{
    // A dock floated onto another screen gets a new context: VTK's GL objects go with the old one
    // (released while it is still current), and VTK is set up again on the next frame.
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkView::releaseVtk, Qt::DirectConnection);
    // Nothing of VTK here: Qt may create the widget's framebuffer only after this, and VTK must
    // see the framebuffer Qt renders into when it sets up its own (see paintGL).
    qCDebug(lcVtkView) << "GL" << reinterpret_cast<const char *>(context()->functions()->glGetString(GL_RENDERER))
                       << reinterpret_cast<const char *>(context()->functions()->glGetString(GL_VERSION));
}

void VtkView::releaseVtk()
{
    if (!m_vtkInitialized)
        return;
    makeCurrent();
    m_window->ReleaseGraphicsResources(m_window);
    m_window->Finalize();
    m_vtkInitialized = false;
    doneCurrent();
}

void VtkView::initializeVtk()
{
    m_window->SetOwnContext(false);
    m_window->SetMapped(1);
    m_window->SetIsDirect(1);
    // VTK renders into framebuffers of its own; paintGL copies the result into the widget's.
    m_window->SetFrameBlitModeToNoBlit();
    m_window->SetReadyForRendering(true);
    m_window->OpenGLInitContext();
    if (!m_interactor->GetInitialized())
        m_interactor->Initialize();
    m_vtkInitialized = true;
}

void VtkView::resizeGL(int, int)
{
    // Resized in paintGL: VTK reallocates its framebuffers there, with its GL state in sync.
    update();
}

void VtkView::paintGL()
{
    const qreal dpr = devicePixelRatioF();
    const int w = int(width() * dpr), h = int(height() * dpr);
    QElapsedTimer timer;
    timer.start();
    auto *gl = context()->extraFunctions();
    if (!m_vtkInitialized)
        initializeVtk();
    // VTK caches GL bindings; Qt bound its framebuffer since VTK last drew: re-read them first.
    vtkOpenGLState *state = m_window->GetState();
    state->ResetFramebufferBindings();
    if (m_window->GetSize()[0] != w || m_window->GetSize()[1] != h)
        m_interactor->UpdateSize(w, h);
    state->vtkglDepthFunc(GL_LEQUAL); // Qt's default is GL_LESS
    m_window->SetReadyForRendering(true);
    m_window->Render();
    m_window->SetReadyForRendering(false);
    // VTK drew into its own framebuffer: copy the picture into the widget's.
    gl->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    const GLenum colour = GL_COLOR_ATTACHMENT0;
    gl->glDrawBuffers(1, &colour);
    state->ResetFramebufferBindings();
    state->vtkglDisable(GL_SCISSOR_TEST);
    m_window->BlitDisplayFramebuffer(0, 0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    if (m_timing)
        gl->glFinish();
    m_lastFrameMs = double(timer.nsecsElapsed()) / 1e6;
}

QPoint VtkView::toDisplay(QPoint widgetPos) const
{
    const qreal dpr = devicePixelRatioF();
    return QPoint(int(widgetPos.x() * dpr), int((height() - 1 - widgetPos.y()) * dpr));
}

QPoint VtkView::toWidget(double x, double y, double z) const
{
    m_renderer->SetWorldPoint(x, y, z, 1);
    m_renderer->WorldToDisplay();
    double d[3];
    m_renderer->GetDisplayPoint(d);
    const qreal dpr = devicePixelRatioF();
    return QPoint(int(d[0] / dpr), int(height() - 1 - d[1] / dpr));
}

void VtkView::setEventPosition(QPointF pos, Qt::KeyboardModifiers modifiers)
{
    const qreal dpr = devicePixelRatioF();
    m_interactor->SetEventInformationFlipY(int(pos.x() * dpr), int(pos.y() * dpr), modifiers & Qt::ControlModifier ? 1 : 0,
                                           modifiers & Qt::ShiftModifier ? 1 : 0);
}

void VtkView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_dragged = false;
    setEventPosition(event->position(), event->modifiers());
    switch (event->button()) {
    case Qt::LeftButton:
        m_interactor->InvokeEvent(vtkCommand::LeftButtonPressEvent);
        break;
    case Qt::MiddleButton:
        m_interactor->InvokeEvent(vtkCommand::MiddleButtonPressEvent);
        break;
    case Qt::RightButton:
        m_interactor->InvokeEvent(vtkCommand::RightButtonPressEvent);
        break;
    default:
        break;
    }
}

void VtkView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        m_dragged = true;
    setEventPosition(event->position(), event->modifiers());
    m_interactor->InvokeEvent(vtkCommand::MouseMoveEvent);
}

void VtkView::mouseReleaseEvent(QMouseEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    switch (event->button()) {
    case Qt::LeftButton:
        m_interactor->InvokeEvent(vtkCommand::LeftButtonReleaseEvent);
        if (!m_dragged)
            emit clicked(event->position().toPoint());
        break;
    case Qt::MiddleButton:
        m_interactor->InvokeEvent(vtkCommand::MiddleButtonReleaseEvent);
        break;
    case Qt::RightButton:
        m_interactor->InvokeEvent(vtkCommand::RightButtonReleaseEvent);
        break;
    default:
        break;
    }
}

void VtkView::wheelEvent(QWheelEvent *event)
{
    setEventPosition(event->position(), event->modifiers());
    if (event->angleDelta().y() > 0)
        m_interactor->InvokeEvent(vtkCommand::MouseWheelForwardEvent);
    else if (event->angleDelta().y() < 0)
        m_interactor->InvokeEvent(vtkCommand::MouseWheelBackwardEvent);
    event->accept();
}

void VtkView::keyPressEvent(QKeyEvent *event)
{
    // Our own keys: VTK's defaults include quitting ('q', 'e') and stereo ('3').
    vtkCamera *camera = m_renderer->GetActiveCamera();
    switch (event->key()) {
    case Qt::Key_Left:
        camera->Azimuth(-5);
        break;
    case Qt::Key_Right:
        camera->Azimuth(5);
        break;
    case Qt::Key_Up:
        camera->Elevation(5);
        camera->OrthogonalizeViewUp();
        break;
    case Qt::Key_Down:
        camera->Elevation(-5);
        camera->OrthogonalizeViewUp();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        camera->Dolly(1.2);
        break;
    case Qt::Key_Minus:
        camera->Dolly(1 / 1.2);
        break;
    case Qt::Key_R:
        m_renderer->ResetCamera();
        break;
    default:
        QOpenGLWidget::keyPressEvent(event);
        return;
    }
    m_renderer->ResetCameraClippingRange();
    update();
}
