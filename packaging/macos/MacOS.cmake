# SPDX-License-Identifier: Unlicense
# macOS: mtreader.app's Info.plist and .icns, Qt frameworks in the bundle at
# install time (macdeployqt), and a DragNDrop DMG.
# Cannot run on the Linux hosts; CI's macos-latest job exercises it.

if(NOT TARGET mtreader)
    return()
endif()

set(_mac "${CMAKE_CURRENT_LIST_DIR}")
set(_out "${CMAKE_BINARY_DIR}/packaging/macos")

set_target_properties(mtreader PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${_mac}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${MTREADER_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "MTreader"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_INFO_STRING "MTreader ${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Public domain (The Unlicense)"
    MACOSX_BUNDLE_ICON_FILE "mtreader.icns")

# mtreader.icns: the iconset's ten PNGs rendered from the SVG
# (rsvg-convert: brew install librsvg), packed by Apple's iconutil.
find_program(MTREADER_ICONUTIL iconutil)
if(MTREADER_RSVG_CONVERT AND MTREADER_ICONUTIL)
    set(_iconset "${_out}/mtreader.iconset")
    set(_pngs "")
    foreach(size IN ITEMS 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        mtreader_render_png("${_iconset}/icon_${size}x${size}.png" ${size})
        mtreader_render_png("${_iconset}/icon_${size}x${size}@2x.png" ${double})
        list(APPEND _pngs "${_iconset}/icon_${size}x${size}.png" "${_iconset}/icon_${size}x${size}@2x.png")
    endforeach()
    set(_icns "${_out}/mtreader.icns")
    add_custom_command(
        OUTPUT "${_icns}"
        COMMAND "${MTREADER_ICONUTIL}" --convert icns --output "${_icns}" "${_iconset}"
        DEPENDS ${_pngs}
        COMMENT "Packing mtreader.icns"
        VERBATIM)
    add_custom_target(mtreader_icns DEPENDS "${_icns}")
    add_dependencies(mtreader mtreader_icns)
    # The target lives in app/gui: its source properties are set there.
    target_sources(mtreader PRIVATE "${_icns}")
    set_source_files_properties("${_icns}" TARGET_DIRECTORY mtreader PROPERTIES
        GENERATED TRUE
        MACOSX_PACKAGE_LOCATION Resources)
else()
    message(WARNING "rsvg-convert or iconutil not found (brew install librsvg): mtreader.app gets no icon")
endif()

# Qt frameworks and plugins into the bundle when it is installed.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET mtreader
        OUTPUT_SCRIPT _deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${_deploy_script}")
else()
    mtreader_find_qt_tool(MTREADER_MACDEPLOYQT macdeployqt)
    install(CODE "
        execute_process(
            COMMAND \"${MTREADER_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/mtreader.app\" -always-overwrite
            COMMAND_ERROR_IS_FATAL ANY)
    ")
endif()

set(CPACK_DMG_VOLUME_NAME "MTreader ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# No licence agreement to click through for public-domain software.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
