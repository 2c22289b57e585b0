# SPDX-License-Identifier: Unlicense
# Linux: desktop entry, hicolor icons, AppStream metainfo, man pages, udev
# rule, copyright and changelog, all relative to CMAKE_INSTALL_PREFIX (/usr
# for the .deb) so the TGZ holds the same tree.

set(_linux "${CMAKE_CURRENT_LIST_DIR}")
set(_out "${CMAKE_BINARY_DIR}/packaging/linux")
# udev reads /usr/lib/udev/rules.d on every current distribution; a prefix
# other than /usr may need this pointed at an absolute directory.
set(MTREADER_UDEV_RULES_DIR "lib/udev/rules.d" CACHE STRING "Where the udev rule is installed")

# The metainfo's newest <release> should be this version; a release is
# easy to tag with a stale one.
file(READ "${_linux}/${MTREADER_APP_ID}.metainfo.xml" _metainfo)
if(NOT _metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "${MTREADER_APP_ID}.metainfo.xml has no <release> for ${PROJECT_VERSION}")
endif()

install(FILES "${_linux}/${MTREADER_APP_ID}.desktop" DESTINATION share/applications)
install(FILES "${_linux}/${MTREADER_APP_ID}.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${_linux}/60-mtreader.rules" DESTINATION "${MTREADER_UDEV_RULES_DIR}")
install(FILES "${PROJECT_SOURCE_DIR}/UNLICENSE" DESTINATION share/doc/mtreader RENAME copyright)

# Icons: the SVG as is, and PNGs rendered from it for menus that want them.
install(FILES "${MTREADER_ICON_SVG}" DESTINATION share/icons/hicolor/scalable/apps
    RENAME "${MTREADER_APP_ID}.svg")
if(MTREADER_RSVG_CONVERT)
    set(_pngs "")
    foreach(size IN ITEMS 16 32 48 64 128 256)
        set(png "${_out}/hicolor/${size}x${size}/apps/${MTREADER_APP_ID}.png")
        mtreader_render_png("${png}" ${size})
        list(APPEND _pngs "${png}")
        install(FILES "${png}" DESTINATION "share/icons/hicolor/${size}x${size}/apps")
    endforeach()
    add_custom_target(mtreader_icons ALL DEPENDS ${_pngs})
else()
    message(WARNING "rsvg-convert not found (Debian: apt-get install librsvg2-bin): "
                    "packages will carry only the scalable SVG icon")
endif()

# Debian policy wants man pages and the changelog gzipped, reproducibly
# (-n: no name or time stamp inside).
find_program(MTREADER_GZIP gzip REQUIRED)
set(_gzipped "")
function(mtreader_gzip input output destination)
    add_custom_command(
        OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${_out}"
        COMMAND sh -c "\"$1\" -9 -n -c \"$2\" > \"$3\"" sh "${MTREADER_GZIP}" "${input}" "${output}"
        DEPENDS "${input}"
        COMMENT "Compressing ${input}"
        VERBATIM)
    install(FILES "${output}" DESTINATION "${destination}")
    set(_gzipped ${_gzipped} "${output}" PARENT_SCOPE)
endfunction()
foreach(page IN ITEMS mtreader.1 mtreader-cli.1 mtreader-virtual-phone.1)
    mtreader_gzip("${_linux}/${page}" "${_out}/${page}.gz" share/man/man1)
endforeach()
mtreader_gzip("${_linux}/changelog" "${_out}/changelog.gz" share/doc/mtreader)
add_custom_target(mtreader_gzipped ALL DEPENDS ${_gzipped})
