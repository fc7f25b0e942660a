"""The comparison for `npm run bench`: python-docx opening each .docx of a folder and reading every
content control (tag, text, checkbox state). Run with Debian's python3 (python3-docx)."""
import os
import sys

from docx import Document
from docx.oxml.ns import qn

W14_CHECKED = "{http://schemas.microsoft.com/office/word/2010/wordml}checked"

folder = sys.argv[1]
controls = 0
for name in sorted(os.listdir(folder)):
    if not name.endswith(".docx"):
        continue
    body = Document(os.path.join(folder, name)).element.body
    for sdt in body.iter(qn("w:sdt")):
        pr = sdt.find(qn("w:sdtPr"))
        tag = pr.find(qn("w:tag")) if pr is not None else None
        tag = tag.get(qn("w:val")) if tag is not None else None
        text = "".join(t.text or "" for t in sdt.iter(qn("w:t")))
        box = pr.find(".//" + W14_CHECKED) if pr is not None else None
        checked = box is not None and box.get("{http://schemas.microsoft.com/office/word/2010/wordml}val") != "0"
        controls += 1
print(controls)
