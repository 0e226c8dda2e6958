import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# shape 可以像列表那样按下标取出第 i 维的长度
print(A.shape[0], A.shape[1])
#> 5 4

# 但它是 torch.Size，属于元组（tuple），而不是列表
print(isinstance(A.shape, tuple), isinstance(A.shape, list))
#> True False

# 元组不能修改，想改形状要用 reshape
A.shape[0] = 10
#> TypeError: 'torch.Size' object does not support item assignment
