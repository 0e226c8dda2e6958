import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([10, 20])

# 第 i 行第 j 列是 x[i] * y[j]
print(torch.outer(x, y))
#> tensor([[10, 20],
#>         [20, 40],
#>         [30, 60]])
# 长度 3 和长度 2 的向量，外积是 3 行 2 列的矩阵
print(torch.outer(x, y).shape)
#> torch.Size([3, 2])
