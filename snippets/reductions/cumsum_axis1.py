import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 沿第 1 维累加：在每一行里从左往右加
C = A.cumsum(axis=1)
print(C)
#> tensor([[ 0.,  1.,  3.,  6.],
#>         [ 4.,  9., 15., 22.],
#>         [ 8., 17., 27., 38.],
#>         [12., 25., 39., 54.],
#>         [16., 33., 51., 70.]])

# 最后一列正是每行的总和
print(torch.equal(C[:, -1], A.sum(axis=1)))
#> True
