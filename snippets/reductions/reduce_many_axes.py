import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 对二维矩阵的两个轴都求和，就是所有元素的和
print(A.sum(axis=[0, 1]))
#> tensor(190.)
print(A.sum(dim=(0, 1)))
#> tensor(190.)
print(A.sum())
#> tensor(190.)

# mean 也一样：对两个轴求均值就是全部元素的均值
print(A.mean(axis=[0, 1]))
#> tensor(9.5000)

X = torch.arange(40, dtype=torch.float32).reshape(2, 5, 4)

# 三维张量去掉第 0 维和第 2 维，只剩长度为 5 的第 1 维
print(X.sum(axis=[0, 2]).shape)
#> torch.Size([5])
print(X.sum(axis=[0, 2], keepdims=True).shape)
#> torch.Size([1, 5, 1])
