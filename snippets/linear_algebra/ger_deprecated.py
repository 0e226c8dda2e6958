import warnings

import torch

# 文档说明：ger 只是 outer 的别名，并且已被弃用
print(torch.ger.__doc__.strip())
#> ger(input, vec2, *, out=None) -> Tensor
#>
#> Alias of :func:`torch.outer`.
#>
#> .. warning::
#>     This function is deprecated and will be removed in a future PyTorch release.
#>     Use :func:`torch.outer` instead.

# 但调用时不会发出任何警告，很容易注意不到
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.ger(torch.tensor([1, 2]), torch.tensor([3, 4]))
print(len(caught))
#> 0
