#!/usr/bin/env python3
# Makes the word list of a language's realwords.yaml: real words (a Debian word list, proper nouns left
# out) within a typo of a word FeminaBot looks for, so they are not "mended" into it.
#   English: `apt-get install wamerican`, then `build/make-realwords.py` (dialogs/, american-english).
#   Another language: `build/make-realwords.py es /usr/share/dict/spanish` (`apt-get install wspanish`):
#   reads dialogs/es/ and, as FeminaBot reads that language, compares words without accents.
# Needs PyYAML; run from the repository's top folder, then paste the printed list's file
# (/tmp/realwords.txt, or /tmp/realwords-es.txt) into the language's realwords.yaml.
import re, sys, unicodedata, yaml
language = sys.argv[1] if len(sys.argv) > 1 else None
folder = f'dialogs/{language}' if language else 'dialogs'
wordlist = sys.argv[2] if len(sys.argv) > 2 else '/usr/share/dict/american-english'
output = f'/tmp/realwords-{language}.txt' if language else '/tmp/realwords.txt'
def plain(text):
    # English keeps its words as they are; another language is read without accents (á→a, ñ→n).
    if not language: return text
    return ''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')
def osa(a,b):
    d=[[0]*(len(b)+1) for _ in range(len(a)+1)]
    for i in range(len(a)+1): d[i][0]=i
    for j in range(len(b)+1): d[0][j]=j
    for i in range(1,len(a)+1):
        for j in range(1,len(b)+1):
            c=0 if a[i-1]==b[j-1] else 1
            d[i][j]=min(d[i-1][j]+1,d[i][j-1]+1,d[i-1][j-1]+c)
            if i>1 and j>1 and a[i-1]==b[j-2] and a[i-2]==b[j-1]: d[i][j]=min(d[i][j],d[i-2][j-2]+1)
    return d[-1][-1]
vocab=set()
def walk(x):
    if isinstance(x,str):
        for w in re.findall(r"[a-z']+", plain(x.lower())): vocab.add(w.replace("'",""))
    elif isinstance(x,dict):
        for k,v in x.items(): walk(k); walk(v)
    elif isinstance(x,list):
        for v in x: walk(v)
for f in ['findings','context','words']:
    d=yaml.safe_load(open(f'{folder}/{f}.yaml', encoding='utf-8'))
    if f=='findings': d={k:v for k,v in d.items()}
    walk(d)
targets=[w for w in vocab if len(w)>=5 and w.isalpha()]
dict_words=set()
for line in open(wordlist, encoding='utf-8'):
    raw=line.strip()
    if not raw or raw[0].isupper(): continue
    w=plain(raw.lower()).replace("'","")
    if w.isalpha() and len(w)>=5: dict_words.add(w)
out=set()
by={}
for t in targets: by.setdefault(t[0],[]).append(t)
for w in dict_words:
    if w in vocab: continue
    for t in by.get(w[0],[]):
        allowed = 1 if len(t)<8 else 2
        if abs(len(w)-len(t))<=allowed and osa(w,t)<=allowed:
            out.add(w); break
print(len(targets), len(out))
open(output,'w', encoding='utf-8').write('\n'.join(sorted(out)))
