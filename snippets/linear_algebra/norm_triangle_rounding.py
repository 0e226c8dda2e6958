import torch
from torch.linalg import vector_norm

# 1000 对随机的 5 维向量，逐对检查三角不等式
torch.manual_seed(0)
X = torch.randn(1000, 5)
Y = torch.randn(1000, 5)
for p in [1, 2, float("inf")]:
    lhs = vector_norm(X + Y, ord=p, dim=1)
    rhs = vector_norm(X, ord=p, dim=1) + vector_norm(Y, ord=p, dim=1)
    print(p, bool((lhs <= rhs).all()))
    #> 1 False
    #> 2 True
    #> inf True

# L1 范数有几对“违反”了。它们都是每个分量同号的一对向量：这时数学上恰好取等号
lhs = vector_norm(X + Y, ord=1, dim=1)
rhs = vector_norm(X, ord=1, dim=1) + vector_norm(Y, ord=1, dim=1)
violated = lhs > rhs
same_sign = (X * Y >= 0).all(dim=1)
print(bool(same_sign[violated].all()))
#> True

# 超出的只是舍入误差：留出 1e-5 的余量，1000 对全部满足
print(bool((lhs <= rhs + 1e-5).all()))
#> True
