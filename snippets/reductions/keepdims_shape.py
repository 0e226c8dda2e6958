import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 不保留维度：每行的均值排成一个一维向量
print(A.mean(axis=1))
#> tensor([ 1.5000,  5.5000,  9.5000, 13.5000, 17.5000])
print(A.mean(axis=1).shape)
#> torch.Size([5])

# 保留维度：数值相同，但排成 5 行 1 列，仍是二维
print(A.mean(axis=1, keepdims=True))
#> tensor([[ 1.5000],
#>         [ 5.5000],
#>         [ 9.5000],
#>         [13.5000],
#>         [17.5000]])
print(A.mean(axis=1, keepdims=True).shape)
#> torch.Size([5, 1])
