#include "sdk/PluginCatalog.h"

#include "sdk/AlarmBoard.h"
#include "sdk/DashboardContext.h"
#include "sdk/DashboardPlugin.h"
#include "sdk/KpiBoard.h"
#include "sdk/PluginSpec.h"
#include "sdk/SdkLog.h"
#include "sdk/SdkVersion.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QWidget>

#include <exception>

PluginCatalog::PluginCatalog(DashboardContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

PluginCatalog::~PluginCatalog()
{
    shutdown();
}

void PluginCatalog::loadAll()
{
    for (const QString &path : std::as_const(m_searchPaths)) {
        const QDir dir(path);
        if (!dir.exists()) {
            qCDebug(lcSdk) << "plug-in folder" << path << "does not exist";
            continue;
        }
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            if (QLibrary::isLibrary(file.fileName()))
                loadFile(file.absoluteFilePath());
        }
    }
    qCInfo(lcSdk) << runningSpecs().size() << "of" << m_specs.size() << "dashboard plug-ins loaded from"
                  << m_searchPaths;
    emit pluginsLoaded();
}

void PluginCatalog::loadFile(const QString &filePath)
{
    for (const auto &existing : m_specs) {
        if (existing->filePath() == filePath)
            return;
    }
    auto spec = std::make_unique<PluginSpec>(filePath);
    if (readMetadata(spec.get()))
        loadAndInitialize(spec.get());
    m_specs.push_back(std::move(spec));
}

bool PluginCatalog::readMetadata(PluginSpec *spec)
{
    // QPluginLoader reads the metadata section without loading the library: nothing of the
    // plug-in runs before its metadata is known to be right.
    spec->m_loader = std::make_unique<QPluginLoader>(spec->filePath());
    // Resolve every symbol at load time, so a missing one fails here instead of crashing later.
    spec->m_loader->setLoadHints(QLibrary::ResolveAllSymbolsHint);
    const QJsonObject raw = spec->m_loader->metaData();
    if (raw.isEmpty()) {
        spec->fail(PluginSpec::State::Invalid, tr("not a Qt plug-in (no metadata found)"));
        return false;
    }
    const QString iid = raw.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(CityDeckDashboardPlugin_iid)) {
        spec->fail(PluginSpec::State::Invalid, tr("not a CityDeck dashboard (interface \"%1\")").arg(iid));
        return false;
    }
    QStringList errors;
    DashboardMetadata metadata;
    if (!DashboardMetadata::fromJson(raw.value(QStringLiteral("MetaData")).toObject(), &metadata, &errors)) {
        spec->m_metadata.id = raw.value(QStringLiteral("MetaData")).toObject().value(QStringLiteral("id")).toString();
        spec->fail(PluginSpec::State::Invalid, tr("invalid metadata: %1").arg(errors.join(QStringLiteral("; "))));
        return false;
    }
    spec->m_metadata = metadata;
    const QString incompatible = SdkVersion::incompatibility(metadata.sdkVersion);
    if (!incompatible.isEmpty()) {
        spec->fail(PluginSpec::State::Incompatible, incompatible);
        return false;
    }
    if (PluginSpec *other = specById(metadata.id)) {
        spec->fail(PluginSpec::State::Invalid,
                   tr("another plug-in with id \"%1\" is already loaded from %2").arg(metadata.id, other->filePath()));
        return false;
    }
    return true;
}

void PluginCatalog::loadAndInitialize(PluginSpec *spec)
{
    if (!spec->m_loader->load()) {
        spec->fail(PluginSpec::State::Failed, tr("cannot load the library: %1").arg(spec->m_loader->errorString()));
        return;
    }
    auto *plugin = qobject_cast<DashboardPlugin *>(spec->m_loader->instance());
    if (!plugin) {
        spec->fail(PluginSpec::State::Failed, tr("the library does not create a dashboard plug-in"));
        return;
    }
    QString error;
    bool ok = false;
    try {
        ok = plugin->initialize(m_context, &error);
    } catch (const std::exception &e) {
        error = tr("exception in initialize(): %1").arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        error = tr("unknown exception in initialize()");
    }
    if (!ok) {
        spec->fail(PluginSpec::State::Failed, error.isEmpty() ? tr("initialize() refused to start") : error);
        return;
    }
    spec->m_plugin = plugin;
    spec->m_state = PluginSpec::State::Running;
    const QString label = spec->metadata().localizedName(m_context->language());
    m_context->alarms()->setSourceLabel(spec->metadata().id, label);
    m_context->kpis()->setSourceLabel(spec->metadata().id, label);
    qCInfo(lcSdk).noquote() << "loaded" << spec->metadata().id << spec->metadata().version << "from"
                            << spec->filePath();
}

void PluginCatalog::shutdown()
{
    for (auto it = m_specs.rbegin(); it != m_specs.rend(); ++it) {
        PluginSpec *spec = it->get();
        if (spec->state() != PluginSpec::State::Running)
            continue;
        try {
            spec->m_plugin->aboutToShutdown();
        } catch (...) {
            qCWarning(lcSdk) << "exception in aboutToShutdown() of" << spec->metadata().id;
        }
        spec->m_state = PluginSpec::State::Stopped;
    }
}

QList<PluginSpec *> PluginCatalog::specs() const
{
    QList<PluginSpec *> out;
    for (const auto &spec : m_specs)
        out << spec.get();
    return out;
}

QList<PluginSpec *> PluginCatalog::runningSpecs() const
{
    QList<PluginSpec *> out;
    for (const auto &spec : m_specs) {
        if (spec->state() == PluginSpec::State::Running)
            out << spec.get();
    }
    return out;
}

PluginSpec *PluginCatalog::specById(const QString &id) const
{
    for (const auto &spec : m_specs) {
        if (spec->metadata().id == id && (spec->state() == PluginSpec::State::Running
                                          || spec->state() == PluginSpec::State::Discovered))
            return spec.get();
    }
    return nullptr;
}

QWidget *PluginCatalog::createDashboard(const QString &id, QWidget *parent, QString *error)
{
    PluginSpec *spec = specById(id);
    if (!spec || !spec->plugin()) {
        if (error)
            *error = tr("no running dashboard plug-in \"%1\"").arg(id);
        return nullptr;
    }
    QString reason;
    QWidget *widget = nullptr;
    try {
        widget = spec->plugin()->createDashboard(parent);
    } catch (const std::exception &e) {
        reason = tr("exception while creating the dashboard: %1").arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        reason = tr("unknown exception while creating the dashboard");
    }
    if (!widget && reason.isEmpty())
        reason = tr("the plug-in created no dashboard");
    if (!widget) {
        qCWarning(lcSdk).noquote() << id << reason;
        spec->m_error = reason;
        if (error)
            *error = reason;
    }
    return widget;
}
