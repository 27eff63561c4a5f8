# CityDeck's build helpers: a new module, dashboard or test is a few lines.
include(GenerateExportHeader)

# One relocatable layout, identical in the build tree and the install tree, so the app finds
# its plug-ins and translations relative to its own binary in both.
set(CITYDECK_BINDIR bin)
set(CITYDECK_LIBDIR lib)
set(CITYDECK_PLUGINDIR lib/citydeck/plugins)
set(CITYDECK_DATADIR share/citydeck)
set(CITYDECK_TRANSLATIONDIR share/citydeck/translations)

set(CITYDECK_STAGE "${PROJECT_BINARY_DIR}")
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${CITYDECK_STAGE}/${CITYDECK_BINDIR}")
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY "${CITYDECK_STAGE}/${CITYDECK_LIBDIR}")
set(CMAKE_INSTALL_RPATH "$ORIGIN/../${CITYDECK_LIBDIR}")
set(CMAKE_BUILD_WITH_INSTALL_RPATH OFF)

set(CITYDECK_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "Shared fixtures beside the checkout (tests skip what is missing)")

# Modules a dashboard may link: dashboards see only the sdk and core, never the app,
# the shell or each other. Later modules that the sdk exposes are added here on purpose.
set_property(GLOBAL PROPERTY CITYDECK_DASHBOARD_ALLOWED CityDeck::sdk CityDeck::core)

function(citydeck_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
        $<$<BOOL:${CITYDECK_WERROR}>:-Werror>)
endfunction()

# Sources whose tr() strings belong in translations/citydeck_*.ts.
function(citydeck_add_i18n_sources)
    foreach(src IN LISTS ARGN)
        get_filename_component(abs "${src}" ABSOLUTE)
        set_property(GLOBAL APPEND PROPERTY CITYDECK_I18N_SOURCES "${abs}")
    endforeach()
endfunction()

# citydeck_add_module(name SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# A shared library CityDeck::<name>; headers are included as <name/Header.h>, its export
# macro is CITYDECK_<NAME>_EXPORT from <name/name_export.h>.
function(citydeck_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
    set(target citydeck_${name})
    add_library(${target} SHARED ${ARG_SOURCES})
    add_library(CityDeck::${name} ALIAS ${target})
    string(TOUPPER "${name}" upper)
    set(exportDir "${PROJECT_BINARY_DIR}/include/${name}")
    generate_export_header(${target} BASE_NAME CITYDECK_${upper}
        EXPORT_FILE_NAME "${exportDir}/${name}_export.h")
    target_include_directories(${target} PUBLIC
        "${PROJECT_SOURCE_DIR}/modules" "${PROJECT_BINARY_DIR}/include")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
    set_target_properties(${target} PROPERTIES
        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
        VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR}
        INSTALL_RPATH "$ORIGIN")
    citydeck_set_warnings(${target})
    citydeck_add_i18n_sources(${ARG_SOURCES})
    install(TARGETS ${target} LIBRARY DESTINATION ${CITYDECK_LIBDIR} NAMELINK_SKIP)
endfunction()

function(_citydeck_check_dashboard_deps name)
    get_property(allowed GLOBAL PROPERTY CITYDECK_DASHBOARD_ALLOWED)
    foreach(dep IN LISTS ARGN)
        if(dep MATCHES "^CityDeck::" AND NOT dep IN_LIST allowed)
            message(FATAL_ERROR "dashboard '${name}' links ${dep}: dashboards may only use "
                                "${allowed} (and Qt/VTK)")
        endif()
        if(dep MATCHES "^citydeck_")
            message(FATAL_ERROR "dashboard '${name}' links ${dep}: link CityDeck:: modules only")
        endif()
    endforeach()
endfunction()

# citydeck_add_dashboard(name SOURCES ... [LOGIC_SOURCES ...] [DEPENDS ...] [TEST_ONLY])
# A MODULE library loaded by the shell through QPluginLoader; its JSON metadata is named by
# Q_PLUGIN_METADATA in the plug-in class. TEST_ONLY plug-ins go to the test tree, not the app.
# LOGIC_SOURCES: the dashboard's models and widgets, built as a static library
# CityDeckDashboard::<name> that the plug-in wraps and its tests link, under the same rules.
function(citydeck_add_dashboard name)
    cmake_parse_arguments(ARG "TEST_ONLY" "OUTPUT_DIRECTORY" "SOURCES;LOGIC_SOURCES;DEPENDS" ${ARGN})
    _citydeck_check_dashboard_deps(${name} ${ARG_DEPENDS})
    set(target citydeck_dashboard_${name})
    set(logic)
    if(ARG_LOGIC_SOURCES)
        set(logic citydeck_dashboard_${name}_logic)
        add_library(${logic} STATIC ${ARG_LOGIC_SOURCES})
        add_library(CityDeckDashboard::${name} ALIAS ${logic})
        # "<name>/File.h" from modules/dashboards/<name>: the dashboards' folder is an include root.
        get_filename_component(dashboardsDir "${CMAKE_CURRENT_SOURCE_DIR}" DIRECTORY)
        target_include_directories(${logic} PUBLIC "${PROJECT_SOURCE_DIR}/modules" "${dashboardsDir}")
        target_link_libraries(${logic} PUBLIC CityDeck::sdk CityDeck::core ${ARG_DEPENDS})
        set_target_properties(${logic} PROPERTIES POSITION_INDEPENDENT_CODE ON
            CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
        citydeck_set_warnings(${logic})
        if(NOT ARG_TEST_ONLY)
            citydeck_add_i18n_sources(${ARG_LOGIC_SOURCES})
        endif()
    endif()
    add_library(${target} MODULE ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE CityDeck::sdk CityDeck::core ${logic} ${ARG_DEPENDS})
    set_target_properties(${target} PROPERTIES
        PREFIX "" OUTPUT_NAME "citydeck_${name}"
        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
        INSTALL_RPATH "$ORIGIN/../..")
    citydeck_set_warnings(${target})
    if(ARG_TEST_ONLY)
        if(NOT ARG_OUTPUT_DIRECTORY)
            set(ARG_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/plugins")
        endif()
        set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIRECTORY}")
    else()
        set_target_properties(${target} PROPERTIES
            LIBRARY_OUTPUT_DIRECTORY "${CITYDECK_STAGE}/${CITYDECK_PLUGINDIR}")
        citydeck_add_i18n_sources(${ARG_SOURCES})
        install(TARGETS ${target} LIBRARY DESTINATION ${CITYDECK_PLUGINDIR})
    endif()
endfunction()

# citydeck_add_test(name SOURCES ... [LIBS ...] [GUI]) — one Qt Test executable, one ctest.
# GUI tests use the real display (Xvfb under ./run test); the others run offscreen.
function(citydeck_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    set(target tst_${name})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LIBS})
    set_target_properties(${target} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    citydeck_set_warnings(${target})
    if(ARG_GUI)
        # A real X display (Xvfb under ./run test); run by hand without one, fall back to offscreen.
        add_test(NAME ${name} COMMAND sh -c "[ -n \"$DISPLAY$WAYLAND_DISPLAY\" ] || export QT_QPA_PLATFORM=offscreen; exec \"$0\"" $<TARGET_FILE:${target}>)
    else()
        add_test(NAME ${name} COMMAND ${target})
    endif()
    set(env "CITYDECK_SHARED_DIR=${CITYDECK_SHARED_DIR}"
            "CITYDECK_BUILD_DIR=${PROJECT_BINARY_DIR}"
            "CITYDECK_GEODATA_DIR=${PROJECT_BINARY_DIR}/geodata/root"
            "CITYDECK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "QT_LOGGING_RULES=citydeck.*.debug=false"
            ${ARG_ENVIRONMENT})
    if(NOT ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    else()
        set_tests_properties(${name} PROPERTIES LABELS gui)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
