import torch

x = torch.tensor([3.0, -4.0])

# 先取绝对值，再求和：3 + 4 = 7
print(torch.abs(x))
#> tensor([3., 4.])
print(torch.abs(x).sum())
#> tensor(7.)

# 等价的范数函数写法
print(torch.linalg.vector_norm(x, ord=1))
#> tensor(7.)
