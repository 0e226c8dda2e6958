import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0])

# 长度不同，* 却因为广播照样算：y 被当成 [2., 2., 2.]
print(torch.sum(x * y))
#> tensor(12.)

# torch.dot 会检查两个向量的长度
print(torch.dot(x, y))
#> RuntimeError: inconsistent tensor size, expected tensor [3] and src [1] to have the same number of elements, but got 3 and 1 elements respectively
