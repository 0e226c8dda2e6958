import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 第 k 行是前 k + 1 行的和
running_sum = A.cumsum(axis=0)

# 第 k 行要除以 k + 1：除数排成一列，形状 (5, 1)，才能对到行上
counts = torch.arange(1, 6, dtype=torch.float32).reshape(5, 1)
print(counts.shape)
#> torch.Size([5, 1])
running_mean = running_sum / counts
print(running_mean)
#> tensor([[ 0.,  1.,  2.,  3.],
#>         [ 2.,  3.,  4.,  5.],
#>         [ 4.,  5.,  6.,  7.],
#>         [ 6.,  7.,  8.,  9.],
#>         [ 8.,  9., 10., 11.]])

# 与公式 [2k, 2k+1, 2k+2, 2k+3] 逐行核对
k = torch.arange(5, dtype=torch.float32).reshape(5, 1)
formula = 2 * k + torch.arange(4, dtype=torch.float32)
print(torch.equal(running_mean, formula))
#> True

# 最后一行就是每列的均值
print(torch.equal(running_mean[-1], A.mean(axis=0)))
#> True

# 除数若是形状 (5,) 的向量，右对齐后要对 A 的最后一维 4，报错
print(running_sum / torch.arange(1, 6, dtype=torch.float32))
#> RuntimeError: The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1
