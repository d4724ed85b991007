#!/usr/bin/python3
"""Makes PykalaSignatureSans-Regular.ttf, the small font of the signature
appearances, from Liberation Sans: the Windows-1252 repertoire (Finnish and
Swedish letters and punctuation), without hinting, about 18 kB. Renamed, as
the SIL Open Font License asks of a modified version. Needs Debian's
python3-fonttools:

    resources/fonts/make-signature-font.py [LIBERATION-DIR] [OUTPUT-DIR]
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

source = (sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/truetype/liberation2') + '/LiberationSans-Regular.ttf'
target = (sys.argv[2] if len(sys.argv) > 2 else '.') + '/PykalaSignatureSans-Regular.ttf'

unicodes = list(range(0x20, 0x7F)) + list(range(0xA0, 0x100))
unicodes += [ord(bytes([code]).decode('cp1252')) for code in range(0x80, 0xA0) if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]
options = subset.Options()
options.hinting = False
options.layout_features = []
options.name_IDs = ['*']
options.notdef_outline = True
font = TTFont(source)
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=unicodes)
subsetter.subset(font)

family = 'Pykala Signature Sans'
for record in font['name'].names:
    if record.nameID in (1, 16):
        record.string = family
    elif record.nameID in (3, 4):
        record.string = f'{family} Regular'
    elif record.nameID == 6:
        record.string = 'PykalaSignatureSans-Regular'
font['name'].names = [r for r in font['name'].names
                      if 'Liberation' not in r.toUnicode() or r.nameID in (0, 7, 13, 14)]
font.save(target)
print(target)
