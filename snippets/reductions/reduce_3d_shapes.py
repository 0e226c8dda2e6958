import torch

# 2 个“块”，每块 5 行 4 列
X = torch.arange(40, dtype=torch.float32).reshape(2, 5, 4)

# 对哪个轴求和，形状里就去掉哪一个数
print(X.sum(axis=0).shape)
#> torch.Size([5, 4])
print(X.sum(axis=1).shape)
#> torch.Size([2, 4])
print(X.sum(axis=2).shape)
#> torch.Size([2, 5])

# keepdims=True：那个数变成 1
print(X.sum(axis=0, keepdims=True).shape)
#> torch.Size([1, 5, 4])
print(X.sum(axis=1, keepdims=True).shape)
#> torch.Size([2, 1, 4])
print(X.sum(axis=2, keepdims=True).shape)
#> torch.Size([2, 5, 1])
