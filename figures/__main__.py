"""`python -m figures` (`make figures`): write every figure except the measured timing chart."""

from figures import render_all
from figures.svg import ROOT, write

for name, svg in render_all().items():
    print(f"wrote {write(name, svg).relative_to(ROOT)}")
