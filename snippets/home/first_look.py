import torch

# 一个 2 行 3 列的整数张量
x = torch.arange(6).reshape(2, 3)
print(x)
#> tensor([[0, 1, 2],
#>         [3, 4, 5]])

# 每一列求和：行这一维（第 0 维）被加掉了
print(x.sum(dim=0))
#> tensor([3, 5, 7])
