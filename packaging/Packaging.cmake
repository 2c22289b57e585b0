# SPDX-License-Identifier: Unlicense
# Install rules for everything that is not a binary, and the CPack setup:
# DEB and TGZ on Linux, NSIS on Windows, a DragNDrop DMG on macOS. Included
# last from the top-level CMakeLists.txt, so the app targets already exist.

# One reverse-DNS id names the .desktop file, the AppStream component, the
# hicolor icon and the macOS bundle.
set(MTREADER_APP_ID "io.github.mtreader.MTreader")
# The app icon, the same SVG the window shows: every PNG, .ico and .icns is
# rendered from it at build time.
set(MTREADER_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/mtreader.svg")
set(MTREADER_PACKAGE_CONTACT "MTreader developers <mtreader@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages (Name <email>)")

include("${CMAKE_CURRENT_LIST_DIR}/Icons.cmake")

# mtreader_find_qt_tool(<var> <name>): a Qt tool such as windeployqt, looked
# for in Qt's bin directory and next to qmake (they differ on some layouts).
function(mtreader_find_qt_tool var name)
    set(hints "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    if(TARGET Qt6::qmake)
        get_target_property(qmake Qt6::qmake LOCATION)
        get_filename_component(qmake_dir "${qmake}" DIRECTORY)
        list(APPEND hints "${qmake_dir}")
    endif()
    find_program(${var} ${name} HINTS ${hints} REQUIRED)
endfunction()

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake")
elseif(UNIX)
    include("${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake")
endif()

# ---- CPack, common to every generator -------------------------------------
set(CPACK_PACKAGE_NAME "mtreader")
set(CPACK_PACKAGE_VENDOR "MTreader")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: dpkg shows these lines as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "MTreader saves the flash memory of MediaTek MT6261 and MT6260 feature\n"
    "phones to a file, through the BootROM USB serial port (0E8D:0003) that\n"
    "appears for a moment when the switched-off phone is plugged in.\n"
    "\n"
    "It comes as a window (mtreader), a command line tool for scripts\n"
    "(mtreader-cli) and a virtual phone for trying both without hardware\n"
    "(mtreader-virtual-phone).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${MTREADER_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MTreader")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/UNLICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/fresh/" "\\\\.user$")

# ---- Debian ---------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # mtreader_1.0.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MTREADER_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Depends computed by dpkg-shlibdeps (package dpkg-dev) from the binaries,
# plus the SQLite driver of Qt SQL, a plugin no binary links: without it the
# dump history is off.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# ---- Generators per platform ----------------------------------------------
if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

include(CPack)
