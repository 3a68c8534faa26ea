"""
Builds transcripts.tsv and transcripts_gaps.tsv (knowledge/reference/) from the public snapshots named in README.md
("Transcript table"). Every coordinate comes from those files; nothing is typed in.

Inputs are read with `git show <commit>:<path>` from local snapshots of the repositories (the `fetch` tool puts them
under /work/.mirror/<owner>+<name>/repo); nothing fetched is redistributed, only the derived table.
  MANE     pzweuj/ManeSelectBed       transcript.txt (MANE Select NM/ENST pairs), GRCh38 GENCODE UTR BED files
  REFGENE  vladsavelyev/bed_annotation bed_annotation/refseq/hg38/refGene.txt.gz (UCSC refGene, GRCh38)
  NEXUS    genome-nexus/genome-nexus-importer  MSK-IMPACT and UniProt-canonical isoform lists
Usage: python3 build_transcripts.py <mirror root> <knowledge folder>
"""
import collections, gzip, io, math, re, subprocess, sys

MIRROR, KNOWLEDGE = sys.argv[1], sys.argv[2]
SOURCES = {
    'MANE': ('pzweuj+ManeSelectBed', '7312ebce4bf5d5de36c5f826695f360954512ece'),
    'REFGENE': ('vladsavelyev+bed_annotation', '3c3edae3742ea023440ecb0ccce05284b1c53032'),
    'NEXUS': ('genome-nexus+genome-nexus-importer', '7586dbefd8a4094264a04c1700da1275fa5c861c'),
}

def show(source, path, binary=False):
    repo, commit = SOURCES[source]
    data = subprocess.run(['git', '-C', f'{MIRROR}/{repo}/repo', 'show', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout
    return data if binary else data.decode()

def rows(text):
    for line in text.splitlines():
        if line and not line.startswith('#'):
            yield line.split('\t')

gene_rows = list(rows(open(f'{KNOWLEDGE}/reference/genes.tsv').read()))[1:]
genes = [c[0] for c in gene_rows]
# Names refGene (2016) may use for a gene: its symbol, previous symbols and aliases.
names_of = {c[0]: {c[0], *[n for n in (c[3] + ',' + c[4]).split(',') if n]} for c in gene_rows}
mane = {c[0]: (c[1], c[2]) for c in rows(show('MANE', 'transcript.txt'))}
refgene = collections.defaultdict(list)
for c in rows(gzip.decompress(show('REFGENE', 'bed_annotation/refseq/hg38/refGene.txt.gz', True)).decode()):
    if re.fullmatch(r'chr[0-9XY]+', c[2]):           # primary chromosomes only, no _alt or _fix copies
        refgene[c[1]].append(c)
utr = collections.defaultdict(lambda: {'5': [], '3': []})   # ENST -> UTR segments (1-based closed, exon number)
for kind in ('5', '3'):
    for c in rows(show('MANE', f'GRCh38/Gencode.GRCh38.utr{kind}.bed')):
        utr[c[6]][kind].append((int(c[1]), int(c[2]), int(c[3]), c[0], c[7]))
msk = {c[0]: (c[1], c[2]) for c in rows(show('NEXUS', 'data/common_input/isoform_overrides_at_mskcc_grch37.txt')) if c[0] != 'gene_name'}
uniprot = {c[1]: (c[2], c[0]) for c in rows(show('NEXUS', 'data/common_input/isoform_overrides_uniprot.txt')) if c[0] != 'enst_id'}

# Genes whose rules name exons: every coding RefSeq isoform of these is kept as an alternate, because files number
# their exons and codons on whichever isoform their pipeline chose (MET exon 14 ends at codon 1010 or 1028).
exon_genes = set()
import glob
for path in glob.glob(f'{KNOWLEDGE}/rules/**/*.yaml', recursive=True):
    for m in re.finditer(r'gene: ([A-Z0-9-]+),[^}]*\b(exon|exonSkipping): ', open(path).read()):
        exon_genes.add(m.group(1))

def genomic_exons(r):
    """Exons of a refGene row in transcript order as 1-based closed intervals, with the CDS bounds (1-based)."""
    starts = [int(x) + 1 for x in r[9].rstrip(',').split(',')]
    ends = [int(x) for x in r[10].rstrip(',').split(',')]
    exons = list(zip(starts, ends))
    return (exons if r[3] == '+' else exons[::-1]), int(r[6]) + 1, int(r[7]), r[3], r[2]

def coding_parts(exons, cds_start, cds_end):
    """For each exon, the part inside the CDS (or None)."""
    out = []
    for s, e in exons:
        a, b = max(s, cds_start), min(e, cds_end)
        out.append((a, b) if a <= b else None)
    return out

def table_rows(exons, cds_start, cds_end, strand):
    """c. start and end of each exon, and the codons its coding part spans (stop codon excluded)."""
    parts = coding_parts(exons, cds_start, cds_end)
    cds_len = sum(b - a + 1 for p in parts if p for a, b in [p])
    protein = cds_len // 3 - 1
    first_coding = next(i for i, p in enumerate(parts) if p)
    last_coding = max(i for i, p in enumerate(parts) if p)
    length = lambda se: se[1] - se[0] + 1
    out, done = [], 0
    for i, (exon, part) in enumerate(zip(exons, parts)):
        if part is None and i < first_coding:
            upstream = sum(length(x) for x in exons[i:first_coding]) + utr_in(exons[first_coding], parts[first_coding], strand, 5)
            out.append((f'-{upstream}', f'-{upstream - length(exon) + 1}', '', ''))
            continue
        if part is None:
            before = sum(length(x) for x in exons[last_coding + 1:i]) + utr_in(exons[last_coding], parts[last_coding], strand, 3)
            out.append((f'*{before + 1}', f'*{before + length(exon)}', '', ''))
            continue
        lead = utr_in(exon, part, strand, 5)
        trail = utr_in(exon, part, strand, 3)
        c1, c2 = done + 1, done + length(part)
        done = c2
        start = f'-{lead}' if lead else str(c1)
        end = f'*{trail}' if trail else str(c2)
        codon1, codon2 = math.ceil(c1 / 3), min(math.ceil(c2 / 3), protein)
        out.append((start, end, str(codon1) if codon1 <= protein else '', str(codon2) if codon1 <= protein else ''))
    return out, cds_len

def utr_in(exon, part, strand, side):
    """Bases of an exon on the 5' (or 3') side of its coding part, in transcript orientation."""
    if part is None:
        return 0
    s, e = exon
    a, b = part
    if strand == '+':
        return a - s if side == 5 else e - b
    return e - b if side == 5 else a - s

def mane_model(gene, nm, enst):
    """Exons of the MANE transcript: coding structure from refGene, UTRs from GENCODE, checked against each other."""
    acc = nm.split('.')[0]
    candidates = refgene.get(acc, [])
    if not candidates:
        return None, f'{acc} is not in UCSC refGene (2016 snapshot)'
    segments = utr.get(enst)
    if segments is None:
        return None, f'{enst} has no UTR rows in the GENCODE BED files'
    problems = []
    for r in candidates:
        exons, cds_start, cds_end, strand, chrom = genomic_exons(r)
        model, why = reconcile(exons, cds_start, cds_end, strand, chrom, segments)
        if model:
            return model, None
        problems.append(why)
    return None, '; '.join(problems)

def reconcile(exons, cds_start, cds_end, strand, chrom, segments):
    """Joins refGene's coding exons with GENCODE's UTR segments; None and a reason when the two disagree."""
    five = sorted(segments['5'], key=lambda s: s[2])
    three = sorted(segments['3'], key=lambda s: s[2])
    if any(s[3] != chrom or s[4] != strand for s in five + three):
        return None, 'GENCODE and refGene place the transcript differently'
    parts = coding_parts(exons, cds_start, cds_end)
    coding = [i for i, p in enumerate(parts) if p]
    if sum(p[1] - p[0] + 1 for p in parts if p) % 3:
        return None, 'refGene CDS length is not a multiple of 3'
    plus = strand == '+'
    atg, stop = (cds_start, cds_end) if plus else (cds_end, cds_start)
    lead = [s for s in five if (s[1] + 1 == atg if plus else s[0] - 1 == atg)]      # UTR sharing the start exon
    tail = [s for s in three if (s[0] - 1 == stop if plus else s[1] + 1 == stop)]   # UTR sharing the stop exon
    full5 = [s for s in five if s not in lead]
    full3 = [s for s in three if s not in tail]
    n_first = lead[0][2] if lead else len(full5) + 1
    n_last = n_first + len(coding) - 1
    if [s[2] for s in full5] != list(range(1, len(full5) + 1)) or (lead and lead[0][2] != len(full5) + 1):
        return None, "5' UTR exon numbers do not fit the coding exons"
    if tail and tail[0][2] != n_last:
        return None, f'GENCODE puts the stop codon in exon {tail[0][2]}, refGene in exon {n_last}'
    if [s[2] for s in full3] != list(range(n_last + 1, n_last + 1 + len(full3))):
        return None, "3' UTR exon numbers do not fit the coding exons"
    first, last = exons[coding[0]], exons[coding[-1]]
    edge5 = lambda x: x[0] if plus else x[1]
    edge3 = lambda x: x[1] if plus else x[0]
    # Edges next to an intron must agree; the transcript's own ends (TSS, polyA) may differ between versions.
    if n_first > 1 and edge5(lead[0] if lead else (atg, atg)) != edge5(first):
        return None, 'the start-codon exon begins elsewhere in refGene'
    if full3 and edge3(tail[0] if tail else (stop, stop)) != edge3(last):
        return None, 'the stop-codon exon ends elsewhere in refGene'
    model = [[s[0], s[1]] for s in full5]
    for k, i in enumerate(coding):
        lo, hi = exons[i]
        if k == 0 and lead:
            lo, hi = (lead[0][0], hi) if plus else (lo, lead[0][1])
        if k == len(coding) - 1 and tail:
            lo, hi = (lo, tail[0][1]) if plus else (tail[0][0], hi)
        model.append([lo, hi])
    model += [[s[0], s[1]] for s in full3]
    return (model, cds_start, cds_end, strand), None

def alternate_model(acc, gene):
    for r in refgene.get(acc, []):
        if r[12] not in names_of[gene]:
            continue                                     # the isoform list paired the accession with another gene
        exons, cds_start, cds_end, strand, chrom = genomic_exons(r)
        length = sum(b - a + 1 for p in coding_parts(exons, cds_start, cds_end) if p for a, b in [p])
        if length > 0 and length % 3 == 0 and r[13] == 'cmpl' and r[14] == 'cmpl':
            return exons, cds_start, cds_end, strand
    return None

out, gaps, counts = [], [], collections.Counter()
mane_accessions = {nm.split('.')[0] for nm, _ in mane.values()}
used_alternates = set()
def emit(gene, role, selected_by, refseq, ensembl, model):
    exons, cds_start, cds_end, strand = model
    table, cds_len = table_rows(exons, cds_start, cds_end, strand)
    for n, (c1, c2, k1, k2) in enumerate(table, start=1):
        out.append([gene, role, selected_by, refseq, ensembl, str(n), str(len(table)), c1, c2, k1, k2])
    counts[role] += 1

for gene in sorted(genes, key=str.upper):
    if gene not in mane:
        gaps.append([gene, 'no MANE Select transcript in the MANE release']); continue
    nm, enst = mane[gene]
    model, why = mane_model(gene, nm, enst)
    if model is None:
        gaps.append([gene, f'MANE {nm} not placed: {why}']); continue
    emit(gene, 'mane-select', 'MANE Select', nm, enst, model)
    seen = {nm.split('.')[0]}
    alternates = []
    if gene in msk: alternates.append(('MSK-IMPACT isoform', msk[gene][0], msk[gene][1]))
    if gene in uniprot: alternates.append(('UniProt canonical isoform', uniprot[gene][0], uniprot[gene][1]))
    if gene in exon_genes:
        for acc in sorted(refgene):
            if acc.startswith('NM_') and any(r[12] == gene for r in refgene[acc]):
                alternates.append(('RefSeq isoform of an exon-defined biomarker gene', acc, ''))
    for selected_by, refseq, ensembl in alternates:
        acc = refseq.split('.')[0]
        if not acc.startswith('NM_') or acc in seen:
            continue
        seen.add(acc)
        if acc in mane_accessions or acc in used_alternates:
            gaps.append([gene, f'alternate {refseq} ({selected_by}) is already a transcript of another gene']); continue
        alt = alternate_model(acc, gene)
        if alt is None:
            gaps.append([gene, f'alternate {refseq} ({selected_by}) has no complete coding row for {gene} in UCSC refGene (2016 snapshot)']); continue
        # refGene gives no version, so the alternate keeps the accession only unless the list named one.
        used_alternates.add(acc)
        emit(gene, 'alternate', selected_by, refseq, ensembl, alt)

with open(f'{KNOWLEDGE}/reference/transcripts.tsv', 'w') as f:
    f.write('# version: 2026-12-07\n')
    f.write('# method and sources: README.md (transcript table); generated by tools/build_transcripts.py\n')
    f.write('# c_start, c_end: HGVS c. positions of the exon (-n 5\' UTR, *n 3\' UTR); codon_first, codon_last: codons of its coding part\n')
    f.write('gene\trole\tselected_by\trefseq\tensembl\texon\texon_count\tc_start\tc_end\tcodon_first\tcodon_last\n')
    for r in out: f.write('\t'.join(r) + '\n')
with open(f'{KNOWLEDGE}/reference/transcripts_gaps.tsv', 'w') as f:
    f.write('# genes of genes.tsv without a MANE row in transcripts.tsv, and alternates that could not be placed; see README.md\n')
    f.write('gene\treason\n')
    for r in gaps: f.write('\t'.join(r) + '\n')
print('transcripts', dict(counts), 'exon rows', len(out), 'gaps', len(gaps), 'exon-defined genes', sorted(exon_genes))
