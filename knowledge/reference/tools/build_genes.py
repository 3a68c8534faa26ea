"""
Builds genes.tsv and genes_provenance.tsv (knowledge/reference/) from extracts of the sources listed in README.md.

Kept for transparency: it states every rule the table follows. The inputs are extracts made by hand from public files
(one tab-separated line per gene: symbol, Entrez ID, and the columns named below) and are not redistributed:
  oncokb_all.tsv     symbol, Entrez ID, aliases (comma-separated)      OncoKB cancer gene list
  cgc_all.tsv        symbol, Entrez ID, chromosome                      COSMIC Cancer Gene Census
  cpic.tsv           symbol, chromosome, HGNC ID, NCBI Gene ID          CPIC database gene table
  corpus_entrez.tsv  symbol, Entrez ID                                  cBioPortal files of the test corpus
  corpus_hgnc.tsv    symbol, HGNC ID                                    VEP annotations in the test corpus
  seedmini.tsv       symbol, Entrez ID                                  cBioPortal test seed
  pcgr_symbols.txt   one current symbol per line                        PCGR 2026 expression example
Usage: python3 build_genes.py <output folder>
"""
import re, collections, sys
OUT = sys.argv[1]

def rows(path, n):
    for line in open(path):
        cells = line.rstrip('\n').split('\t')
        if len(cells) >= n and cells[0]:
            yield cells

oncokb = {c[0]: (c[1], [a.strip() for a in c[2].split(',') if a.strip()]) for c in rows('oncokb_all.tsv', 3)}
cgc = {c[0]: (c[1], c[2]) for c in rows('cgc_all.tsv', 3)}
cgc_by_entrez = {v[0]: k for k, v in cgc.items()}
cpic = {c[0]: (c[1], c[2], c[3]) for c in rows('cpic.tsv', 4)}
corpus_entrez = collections.defaultdict(set)
for c in rows('corpus_entrez.tsv', 2): corpus_entrez[c[0]].add(c[1])
corpus_hgnc = collections.defaultdict(set)
for c in rows('corpus_hgnc.tsv', 2): corpus_hgnc[c[0]].add(c[1])
seed = {c[0]: c[1] for c in rows('seedmini.tsv', 2)}
current = set(l.strip() for l in open('pcgr_symbols.txt'))

CPIC_GENES = ['ABCG2','CACNA1S','CFTR','COMT','CYP2B6','CYP2C19','CYP2C9','CYP2D6','CYP3A4','CYP3A5','CYP4F2',
              'DPYD','G6PD','HLA-A','HLA-B','IFNL3','MT-RNR1','NAT2','NUDT15','OPRM1','RYR1','SLCO1B1','TPMT',
              'UGT1A1','VKORC1']
# Renames named in the project brief; each name is also listed for the gene by the OncoKB list (checked below),
# except C10orf2/TWNK, which no reachable source pairs.
BRIEF_PREVIOUS = {'KMT2D': ['MLL2'], 'KMT2A': ['MLL'], 'MRE11': ['MRE11A'], 'NSD2': ['WHSC1'], 'AMER1': ['FAM123B'],
                  'PRKN': ['PARK2'], 'ADGRA2': ['GPR124'], 'TWNK': ['C10orf2']}

genes = {}   # symbol -> dict
def gene(symbol):
    return genes.setdefault(symbol, {'entrez': {}, 'hgnc': {}, 'prev': [], 'alias': [], 'chrom': None})

# 1. OncoKB cancer gene list; an outdated symbol whose alias is a current symbol (PCGR 2026 gene list) is renamed.
for sym, (entrez, aliases) in oncokb.items():
    new = sym
    if sym not in current:
        hits = [a for a in aliases if a in current and a not in oncokb]
        if len(hits) == 1:
            new = hits[0]
    g = gene(new)
    g['entrez']['oncokb'] = entrez
    g['alias'] += [a for a in aliases if a != new]
    if new != sym:
        g['prev'].append(sym)
        g['renamed_from_oncokb'] = sym
# 2. COSMIC CGC: cross-check, old symbols as previous symbols, CGC-only genes whose symbol is current.
by_oncokb_entrez = {g['entrez']['oncokb']: s for s, g in genes.items() if 'oncokb' in g['entrez']}
for sym, (entrez, chrom) in cgc.items():
    if sym in genes:
        target = sym
    elif entrez in by_oncokb_entrez:
        target = by_oncokb_entrez[entrez]
        genes[target]['prev'].append(sym)
    elif sym in current:
        target = sym
    else:
        continue
    g = gene(target)
    g['entrez']['cgc'] = entrez
    g['chrom'] = g['chrom'] or chrom
# 3. CPIC gene table (pharmacogenes, and cross-checks of others).
for sym, (chrom, hgnc, entrez) in cpic.items():
    if sym in CPIC_GENES or sym in genes:
        g = gene(sym)
        g['entrez']['cpic'] = entrez
        g['hgnc']['cpic'] = hgnc
        g['chrom'] = g['chrom'] or chrom
# 4. Corpus and cBioPortal seed pairs.
for sym, ids in corpus_entrez.items():
    if sym in genes and len(ids) == 1: genes[sym]['entrez']['corpus'] = next(iter(ids))
for sym, e in seed.items():
    if sym in genes: genes[sym]['entrez']['cbioportal_seed'] = e
for sym, ids in corpus_hgnc.items():
    if sym in genes and len(ids) == 1: genes[sym]['hgnc']['corpus_vep'] = next(iter(ids))
# 4b. Synonyms read from the COSMIC CGC 'Synonyms' column where the OncoKB list lacks a widely used name.
CGC_SYNONYMS = {'ERBB2': ['NEU']}
for sym, names in CGC_SYNONYMS.items():
    genes[sym]['alias'] += [n for n in names if n not in genes[sym]['alias']]
# 5. Brief renames.
for sym, prev in BRIEF_PREVIOUS.items():
    g = gene(sym)
    for p in prev:
        if p in g['alias']: g['alias'].remove(p)
        if p not in g['prev']: g['prev'].append(p)

# A source that gives one Entrez ID to two different genes is disregarded for the gene where others disagree.
claims = collections.defaultdict(lambda: collections.defaultdict(set))
for s, g in genes.items():
    for src, e in g['entrez'].items(): claims[src][e].add(s)

discredited = set()   # (source, gene) pairs whose row is internally inconsistent
for s, g in genes.items():
    if len(set(g['entrez'].values())) > 1:
        for src, e in g['entrez'].items():
            if len(claims[src][e]) > 1:
                discredited.add((src, s))

def decide(values, kind, sym):
    vals = {src: v for src, v in values.items() if (src, sym) not in discredited}
    counts = collections.Counter(vals.values())
    if not counts: return '', []
    best, n = counts.most_common(1)[0]
    if len(counts) > 1 and list(counts.values()).count(n) > 1:
        return '', sorted(f'{s}={v}' for s, v in values.items())
    return best, sorted(s for s, v in vals.items() if v == best)

symbol_ok = re.compile(r'^[A-Za-z0-9][A-Za-z0-9\-_.]*$')
all_symbols = {s.upper() for s in genes}
name_owners = collections.defaultdict(set)
for s, g in genes.items():
    for n in g['prev'] + g['alias']:
        name_owners[n.upper()].add(s)

rows_out, prov, dropped = [], [], collections.Counter()
for s in sorted(genes, key=str.upper):
    g = genes[s]
    entrez, esrc = decide(g['entrez'], 'entrez', s)
    hgnc, hsrc = decide(g['hgnc'], 'hgnc', s)
    def keep(n):
        if not symbol_ok.match(n): dropped['characters'] += 1; return False
        if n.upper() in all_symbols or (n in current and n != s): dropped['is a current symbol'] += 1; return False
        if len(name_owners[n.upper()]) > 1: dropped['shared by several genes'] += 1; return False
        return True
    prev = [p for p in dict.fromkeys(g['prev']) if keep(p)]
    alias = [a for a in dict.fromkeys(g['alias']) if a not in prev and keep(a)]
    chrom = (g['chrom'] or '').replace('chr', '')
    rows_out.append([s, hgnc, entrez, ','.join(prev), ','.join(alias), chrom])
    prov.append([s, ','.join(esrc) if entrez else ('conflict: ' + ';'.join(esrc) if esrc else ''),
                 ','.join(hsrc) if hgnc else ('conflict: ' + ';'.join(hsrc) if hsrc else '')])

with open(OUT + '/genes.tsv', 'w') as f:
    f.write('# version: 2026-11-21\n')
    f.write('# method and sources: README.md (gene table); provenance per gene: genes_provenance.tsv\n')
    f.write('symbol\thgnc_id\tentrez_id\tprevious_symbols\taliases\tlocation\n')
    for r in rows_out: f.write('\t'.join(r) + '\n')
with open(OUT + '/genes_provenance.tsv', 'w') as f:
    f.write('# which sources support each cell of genes.tsv; see README.md\n')
    f.write('symbol\tentrez_sources\thgnc_sources\n')
    for r in prov: f.write('\t'.join(r) + '\n')
print('genes', len(rows_out), 'dropped names', dict(dropped))
print('entrez empty', sum(1 for r in rows_out if not r[2]), 'hgnc filled', sum(1 for r in rows_out if r[1]))
print('conflicts', [p for p in prov if p[1].startswith('conflict') or p[2].startswith('conflict')])
print('single-source entrez', collections.Counter(p[1] for p in prov).most_common(8))
print('renamed', [(s, g['renamed_from_oncokb']) for s, g in genes.items() if 'renamed_from_oncokb' in g])
