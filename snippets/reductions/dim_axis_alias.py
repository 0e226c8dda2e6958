import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# dim 是 PyTorch 自己的参数名，axis 是照顾 NumPy 习惯的别名
print(A.sum(dim=0))
#> tensor([40., 45., 50., 55.])
print(A.sum(axis=0))
#> tensor([40., 45., 50., 55.])
# 作为第一个位置参数时，名字可以省略
print(A.sum(0))
#> tensor([40., 45., 50., 55.])

# keepdim 与 keepdims 也是同一个参数
print(torch.equal(A.mean(dim=1, keepdim=True), A.mean(axis=1, keepdims=True)))
#> True
