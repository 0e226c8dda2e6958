import torch

A = torch.ones(2, 3)
B = torch.ones(3, 2)

# 矩阵乘法只要求 A 的列数等于 B 的行数
print(A @ B)
#> tensor([[3., 3.],
#>         [3., 3.]])
print((A @ B).shape)
#> torch.Size([2, 2])
