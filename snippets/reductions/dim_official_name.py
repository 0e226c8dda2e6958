import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 写错参数名时，报错会列出 sum 的调用方式，里面用的名字是 dim 和 keepdim
A.sum(axes=0)
#> TypeError: sum() received an invalid combination of arguments - got (axes=int, ), but expected one of:
#>  * (*, torch.dtype dtype = None)
#>  * (tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = None)
