import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# sum() 可以不给轴，cumsum() 不行：必须说明沿哪一维累加
A.cumsum()
#> TypeError: cumsum() missing 1 required positional arguments: "dim"
