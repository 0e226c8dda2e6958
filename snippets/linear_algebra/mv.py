import torch

A = torch.tensor([[1, 2, 3], [4, 5, 6]])
v = torch.tensor([1, 0, 2])

# (2, 3) 乘 (3,)：每一行与 v 做内积，得到长度 2 的向量
print(torch.mv(A, v))
#> tensor([ 7, 16])
print(torch.mv(A, v).shape)
#> torch.Size([2])

# 和 A @ v 相同
print(torch.equal(torch.mv(A, v), A @ v))
#> True
