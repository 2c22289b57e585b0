# SPDX-License-Identifier: Unlicense
# Windows: .ico and version resources, Qt's DLLs next to the executables at
# install time, and an NSIS installer with a Start menu shortcut.
# Cannot run on the Linux hosts; CI's windows-latest job exercises it.

set(_win "${CMAKE_CURRENT_LIST_DIR}")
set(_out "${CMAKE_BINARY_DIR}/packaging/windows")

# The .ico comes from the SVG through ImageMagick 7 (`magick`; never
# `convert`, which on Windows is the FAT-to-NTFS tool). Without ImageMagick a
# hand-made packaging/windows/mtreader.ico is used; see README.md here.
find_program(MTREADER_MAGICK magick DOC "ImageMagick 7, makes the Windows .ico")
set(MTREADER_ICO "")
if(MTREADER_MAGICK)
    set(MTREADER_ICO "${_out}/mtreader.ico")
    add_custom_command(
        OUTPUT "${MTREADER_ICO}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${_out}"
        COMMAND "${MTREADER_MAGICK}" -background none -density 384 "${MTREADER_ICON_SVG}"
                -define icon:auto-resize=256,128,64,48,32,16 "${MTREADER_ICO}"
        DEPENDS "${MTREADER_ICON_SVG}"
        COMMENT "Making mtreader.ico from the SVG icon"
        VERBATIM)
    add_custom_target(mtreader_ico ALL DEPENDS "${MTREADER_ICO}")
elseif(EXISTS "${_win}/mtreader.ico")
    set(MTREADER_ICO "${_win}/mtreader.ico")
else()
    message(WARNING "Neither ImageMagick (magick) nor packaging/windows/mtreader.ico: "
                    "the executables and the installer get no icon")
endif()

# mtreader_add_version_resource(<target> <description>): VERSIONINFO and icon.
function(mtreader_add_version_resource target description)
    if(NOT TARGET ${target})
        return()
    endif()
    set(MTREADER_RC_NAME "${target}")
    set(MTREADER_RC_DESCRIPTION "${description}")
    set(MTREADER_RC_ICON_LINE "")
    if(MTREADER_ICO)
        set(MTREADER_RC_ICON_LINE "IDI_ICON1 ICON \"${MTREADER_ICO}\"")
    endif()
    set(rc "${_out}/${target}.rc")
    configure_file("${_win}/mtreader.rc.in" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
    if(TARGET mtreader_ico)
        # The .rc names the .ico, which the resource compiler's scan misses.
        add_dependencies(${target} mtreader_ico)
    endif()
endfunction()

mtreader_add_version_resource(mtreader "MTreader")
mtreader_add_version_resource(mtreader-cli "MTreader command line")

# Qt's DLLs and plugins next to mtreader.exe; mtreader-cli in the same
# directory needs only a subset of them.
if(TARGET mtreader)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET mtreader
            OUTPUT_SCRIPT _deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT "${_deploy_script}")
    else()
        mtreader_find_qt_tool(MTREADER_WINDEPLOYQT windeployqt)
        install(CODE "
            execute_process(
                COMMAND \"${MTREADER_WINDEPLOYQT}\" --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                        \"\${CMAKE_INSTALL_PREFIX}/bin/mtreader.exe\"
                COMMAND_ERROR_IS_FATAL ANY)
        ")
    endif()
endif()

# NSIS: the generator itself is chosen in Packaging.cmake.
set(CPACK_NSIS_PACKAGE_NAME "MTreader")
set(CPACK_NSIS_DISPLAY_NAME "MTreader ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin\ on PATH, for mtreader-cli.
set(CPACK_NSIS_MODIFY_PATH ON)
# Start menu shortcut "MTreader" to bin\mtreader.exe.
set(CPACK_PACKAGE_EXECUTABLES "mtreader" "MTreader")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mtreader.exe")
if(MTREADER_ICO)
    set(CPACK_NSIS_MUI_ICON "${MTREADER_ICO}")
    set(CPACK_NSIS_MUI_UNIICON "${MTREADER_ICO}")
endif()
