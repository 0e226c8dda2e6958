import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 沿第 0 维累加：第 i 行 = 原来第 0 行到第 i 行之和
C = A.cumsum(axis=0)
print(C)
#> tensor([[ 0.,  1.,  2.,  3.],
#>         [ 4.,  6.,  8., 10.],
#>         [12., 15., 18., 21.],
#>         [24., 28., 32., 36.],
#>         [40., 45., 50., 55.]])

# 累加不减少维度，形状与 A 相同
print(C.shape)
#> torch.Size([5, 4])

# 最后一行正是每列的总和
print(torch.equal(C[-1], A.sum(axis=0)))
#> True
