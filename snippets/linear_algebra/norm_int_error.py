import torch

# 全是整数的数据推断为 int64
x = torch.tensor([3, -4])

# 范数函数只对浮点（或复数）张量计算
print(torch.linalg.vector_norm(x))
#> RuntimeError: linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long
