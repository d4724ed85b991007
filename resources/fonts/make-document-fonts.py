#!/usr/bin/python3
"""Makes PykalaSans-{Regular,Bold,Italic,BoldItalic}.ttf, the documents'
font, from Liberation Sans 2.1.5 (Debian's fonts-liberation2): every glyph,
table and feature kept, the hinting left out. Documents are laid out with
the fonts' design metrics and embedded without hinting, but Qt's PDF writer
loads each glyph it embeds hinted, running the font's programs for nothing.
Renamed, as the SIL Open Font License asks of a modified version. Needs
Debian's python3-fonttools:

    resources/fonts/make-document-fonts.py [LIBERATION-DIR] [OUTPUT-DIR]
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

source = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/truetype/liberation2'
target = sys.argv[2] if len(sys.argv) > 2 else '.'
family = 'Pykala Sans'

for style, name in (('Regular', 'Regular'), ('Bold', 'Bold'), ('Italic', 'Italic'), ('BoldItalic', 'Bold Italic')):
    font = TTFont(f'{source}/LiberationSans-{style}.ttf')
    options = subset.Options()
    options.glyph_names = True
    options.hinting = False
    options.layout_features = ['*']
    options.layout_scripts = ['*']
    options.legacy_kern = True
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.name_legacy = True
    options.notdef_glyph = True
    options.notdef_outline = True
    options.recalc_bounds = False
    options.recalc_timestamp = False
    options.drop_tables = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=font.getGlyphOrder())
    subsetter.subset(font)
    for record in font['name'].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 3:
            record.string = f'{family} {name}: derived from Liberation Sans 2.1.5'
        elif record.nameID == 4:
            record.string = f'{family} {name}' if name != 'Regular' else family
        elif record.nameID == 6:
            record.string = f'PykalaSans-{style}'
    # Only the copyright and licence notices keep the reserved name.
    font['name'].names = [r for r in font['name'].names
                          if 'Liberation' not in r.toUnicode() or r.nameID in (0, 3, 7, 13, 14)]
    font.save(f'{target}/PykalaSans-{style}.ttf')
