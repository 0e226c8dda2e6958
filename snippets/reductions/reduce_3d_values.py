import torch

X = torch.arange(40, dtype=torch.float32).reshape(2, 5, 4)

# axis=0：两个 5×4 的块按位置相加
print(torch.equal(X.sum(axis=0), X[0] + X[1]))
#> True

# axis=1：每一块各自按列求和，和二维时的 axis=0 一样
print(torch.equal(X.sum(axis=1)[0], X[0].sum(axis=0)))
#> True

# 负数轴从后往前数：axis=-1 就是最后一维 axis=2
print(torch.equal(X.sum(axis=-1), X.sum(axis=2)))
#> True
