import textwrap
import warnings

import torch

# 文档开头的弃用警告：合并原来的换行和缩进，重新按 72 列折行打印
doc = " ".join(torch.norm.__doc__.split())
start = doc.index("torch.norm is deprecated")
end = doc.index("Note, however")
for line in textwrap.wrap(doc[start:end], 72):
    print(line)
    #> torch.norm is deprecated and may be removed in a future PyTorch release.
    #> Its documentation and behavior may be incorrect, and it is no longer
    #> actively maintained. Use :func:`torch.linalg.vector_norm` when computing
    #> vector norms and :func:`torch.linalg.matrix_norm` when computing matrix
    #> norms. For a function with a similar behavior as this one see
    #> :func:`torch.linalg.norm`.

# 调用时同样不会发出警告
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.norm(torch.tensor([3.0, -4.0]))
print(len(caught))
#> 0
