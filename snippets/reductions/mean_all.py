import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.mean())
#> tensor(9.5000)

# 均值就是总和除以元素个数
print(A.sum() / A.numel())
#> tensor(9.5000)
