import torch

# start 等于 end：一个数也没有，得到空张量
print(torch.arange(3, 3))
#> tensor([], dtype=torch.int64)

# Python 的 range 从 5 往上数到 0 之前，一个数也没有，得到空序列
print(list(range(5, 0)))
#> []

# arange 的步长默认是 +1，从 5 往上加永远到不了 0：报错，而不是返回空张量
torch.arange(5, 0)
#> RuntimeError: upper bound and lower bound inconsistent with step sign
