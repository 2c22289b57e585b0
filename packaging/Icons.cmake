# SPDX-License-Identifier: Unlicense
# Renders the SVG app icon to PNGs at build time with rsvg-convert (Debian
# package librsvg2-bin, Homebrew librsvg). PNGs are never committed: the SVG
# is the one source of the artwork.

find_program(MTREADER_RSVG_CONVERT rsvg-convert
    DOC "rsvg-convert from librsvg, renders the app icon to PNG")

# mtreader_render_png(<output.png> <size>): a build rule for one square PNG of
# the app icon. Callers collect the outputs in a custom target.
function(mtreader_render_png output size)
    get_filename_component(dir "${output}" DIRECTORY)
    add_custom_command(
        OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${dir}"
        COMMAND "${MTREADER_RSVG_CONVERT}" --width=${size} --height=${size}
                --keep-aspect-ratio --format=png --output "${output}" "${MTREADER_ICON_SVG}"
        DEPENDS "${MTREADER_ICON_SVG}"
        COMMENT "Rendering the app icon at ${size}x${size}"
        VERBATIM)
endfunction()
