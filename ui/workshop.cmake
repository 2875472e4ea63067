# The workshop side of sovsim_ui: the document model, undo commands, settings, panels and the
# main window. Included from ui/CMakeLists.txt so the chart and window halves of the UI keep
# separate source lists.

target_sources(sovsim_ui PRIVATE
  # --- Document model: the open workshop, files, labels (ui/model/) ---
  model/ScenarioEntry.h
  model/WorkshopDocument.h
  model/WorkshopDocument.cpp
  model/WorkshopFiles.h
  model/WorkshopFiles.cpp
  model/Labels.h
  model/Labels.cpp
  model/ScenarioNames.h
  model/ScenarioNames.cpp
  model/ShippedTemplates.h
  model/ShippedTemplates.cpp
  model/Autosave.h
  model/Autosave.cpp
  model/ValueFormat.h
  model/ValueFormat.cpp
  # --- Undo commands (ui/undo/) ---
  undo/CommandIds.h
  undo/EditGesture.h
  undo/EditGesture.cpp
  undo/SetParameterCommand.h
  undo/SetParameterCommand.cpp
  undo/EditScenarioCommand.h
  undo/EditScenarioCommand.cpp
  undo/ScenarioListCommands.h
  undo/ScenarioListCommands.cpp
  # --- Settings declared once (ui/settings/) ---
  settings/Preference.h
  settings/Settings.h
  # --- Panels (ui/widgets/) ---
  widgets/Icons.h
  widgets/Icons.cpp
  widgets/PanelScrollArea.h
  widgets/PanelScrollArea.cpp
  widgets/PresetPickerRow.h
  widgets/PresetPickerRow.cpp
  widgets/RealSlider.h
  widgets/RealSlider.cpp
  widgets/ParameterControl.h
  widgets/ParameterControl.cpp
  widgets/CountryPanel.h
  widgets/CountryPanel.cpp
  widgets/StrategyPanel.h
  widgets/StrategyPanel.cpp
  widgets/ShockTimeline.h
  widgets/ShockTimeline.cpp
  widgets/ShockCard.h
  widgets/ShockCard.cpp
  widgets/ShockPanel.h
  widgets/ShockPanel.cpp
  widgets/ScenarioListPanel.h
  widgets/ScenarioListPanel.cpp
  widgets/ChartsArea.h
  widgets/ChartsArea.cpp
  widgets/SummaryTable.h
  widgets/SummaryTable.cpp
  widgets/WheelGuard.h
  widgets/WheelGuard.cpp
  # --- Main window (ui/mainwindow/) ---
  mainwindow/MainWindow.h
  mainwindow/MainWindow.cpp
  mainwindow/StatusNotice.h
  mainwindow/StatusNotice.cpp
  mainwindow/HelpWindows.h
  mainwindow/HelpWindows.cpp
  mainwindow/DialogErrorReporter.h
  mainwindow/DialogErrorReporter.cpp
  mainwindow/ExportActions.h
  mainwindow/ExportActions.cpp
  mainwindow/Language.h
  mainwindow/Language.cpp
  mainwindow/PresentationMode.h
  mainwindow/PresentationMode.cpp
  mainwindow/RecentFiles.h
  mainwindow/RecentFiles.cpp
  mainwindow/Screenshots.h
  mainwindow/Screenshots.cpp
)

# Translations: the .ts file is the source of truth (edit it with Qt Linguist or by hand); the
# .qm is compiled at build time and embedded as :/i18n/sovsim_zh_TW.qm. `cmake --build <dir>
# --target update_translations` re-scans every tr() in the UI library into the .ts file.
# The scan covers the whole UI library and the app's entry point.
file(GLOB_RECURSE sovsim_translated_sources CONFIGURE_DEPENDS
     "${CMAKE_CURRENT_SOURCE_DIR}/*.h" "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp"
     "${PROJECT_SOURCE_DIR}/app/gui/*.cpp")
qt_add_translations(sovsim_ui
  TS_FILES "${PROJECT_SOURCE_DIR}/resources/translations/sovsim_zh_TW.ts"
  SOURCES ${sovsim_translated_sources}
  RESOURCE_PREFIX "/i18n"
  LUPDATE_OPTIONS -no-obsolete -locations none)

# Shipped workshops and presets open as templates (ui/model/ShippedTemplates.cpp): the scenarios
# folder of this source tree and the installed one.
include(GNUInstallDirs)
target_compile_definitions(sovsim_ui PRIVATE
  SOVSIM_SOURCE_DOCS="${PROJECT_SOURCE_DIR}/docs"
  SOVSIM_INSTALLED_DOCS="${CMAKE_INSTALL_FULL_DOCDIR}"
  SOVSIM_SOURCE_SCENARIOS="${PROJECT_SOURCE_DIR}/scenarios"
  SOVSIM_INSTALLED_SCENARIOS="${CMAKE_INSTALL_FULL_DATADIR}/sovsim/scenarios")

# The autosave logs what it could not write.
target_link_libraries(sovsim_ui PRIVATE spdlog::spdlog)

# The user guide (Help > User Guide) is docs/gui.md, compiled in as :/docs/gui.md.
qt_add_resources(sovsim_ui sovsim_ui_docs
  PREFIX "/docs"
  BASE "${PROJECT_SOURCE_DIR}/docs"
  FILES "${PROJECT_SOURCE_DIR}/docs/gui.md")
