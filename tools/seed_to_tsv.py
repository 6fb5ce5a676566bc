# One-off helper used to draft src/main/resources/demo/KH-150-UBND-2024.tsv from the seed text; the TSV was then
# checked by hand against the document (the TSV, not this script, is the source of the shipped .xlsx).
import re, sys
lines = [l.strip() for l in open(sys.argv[1], encoding='utf-8')]
def clean(s): return re.sub(r'\s+', ' ', s).strip()
i1 = lines.index('PHỤ LỤC SỐ 01'); i2 = lines.index('PHỤ LỤC SỐ 02')
out = []
def row(sheet, tt, content, lead='', coop='', timing='', done='', crit='', target=''):
    out.append('\t'.join([sheet, tt, clean(content), clean(lead), clean(coop), clean(timing), clean(done), crit, target]))
p1 = lines[i1:i2]
row('#APPENDIX', 'Phụ lục 01', clean(p1[1]))
j = p1.index('Thời gian hoàn thành') + 1
roman = re.compile(r'^(I|II|III|IV|V|VI|VII|VIII|IX|X)$')
while j < len(p1):
    l = p1[j]
    if re.match(r'^[A-H]$', l) or roman.match(l):
        row('Phụ lục 01', l, p1[j+1]); j += 2; continue
    if re.match(r'^\d+$', l):
        content, lead, coop, timing = p1[j+1:j+5]; j += 5; done = ''
        if j < len(p1) and not (re.match(r'^\d+$', p1[j]) or re.match(r'^[A-H]$', p1[j]) or roman.match(p1[j])):
            done = p1[j]; j += 1
        row('Phụ lục 01', l, content, lead, coop, timing, done); continue
    raise SystemExit('unexpected: ' + l)
p2 = [l for l in lines[i2:] if l]
row('#APPENDIX', 'Phụ lục 02', clean(p2[1]))
j = p2.index('Thời gian   thực hiện') + 1 if 'Thời gian   thực hiện' in p2 else None
body = p2[j:]
k = 0; group = None
itemstart = re.compile(r'^(\d\.\d\.|[a-d]\))')
def split_para(text):
    # split "5.2. … 5.3. … 5.4. …" and "… a) … b) …" into separate items
    parts = re.split(r'\s+(?=(?:\d\.\d\.\s?|[a-d]\)\s)[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])', text)
    return [p.strip() for p in parts]
def num(p):
    m = re.match(r'^(\d\.\d)\.\s?(.*)$', p, re.S)
    if m: return m.group(1), m.group(2)
    m = re.match(r'^([a-d]\))\s(.*)$', p, re.S)
    if m: return m.group(1), m.group(2)
    return '', p
rows2 = []
while k < len(body):
    l = body[k]
    if re.match(r'^\d$', l):
        row('Phụ lục 02', l, body[k+1]); k += 2; continue
    nxt = body[k+1] if k+1 < len(body) else ''
    if itemstart.match(nxt) or re.match(r'^\d$', nxt) or nxt.startswith('Nguồn'):
        # heading without agencies
        tt, c = num(l); row('Phụ lục 02', tt, c); k += 1; continue
    if l.startswith('Nguồn'): break
    lead, coop, timing = body[k+1:k+4]; k += 4
    parts = split_para(l)
    for n, p in enumerate(parts):
        tt, c = num(p)
        if n == 0 and tt and not tt.endswith(')') and len(parts) > 1 and parts[1][1] == ')':
            row('Phụ lục 02', tt, c)  # "2.2. heading a) … b) …": the heading is a section
        else:
            row('Phụ lục 02', tt, c, lead, coop, timing)
print('\n'.join(out))
